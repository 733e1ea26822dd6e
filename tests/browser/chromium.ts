import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
export const PANEL_INDEX = path.resolve(__dirname, '..', '..', 'admin', 'dist', 'index.html');
export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');
/** Maximum wait for one step in the browser. Strapi responds in milliseconds, but rendering takes longer. */
export const STEP_TIMEOUT = 20_000;

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Folder the browser's downloads are saved to by the tests. */
  downloadDir: string;
  close: () => Promise<void>;
}

/** Fails with the fix when the panel has not been built, because the server would serve nothing. */
export function requireBuiltPanel(): void {
  if (!fs.existsSync(PANEL_INDEX)) {
    throw new Error(`The panel is not built (${PANEL_INDEX} is missing): run "npm run build" first.`);
  }
}

/**
 * Starts Debian's Chromium headless with a fresh profile, so no cookie or stored language carries
 * over from another test file.
 */
export async function launchChromium(): Promise<Browser> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rumis-chromium-'));
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rumis-downloads-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    downloadDir,
    close: async () => {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
      fs.rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the page under tests/artifacts/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Logs in through the development login page as the person with this name. */
export async function devLogin(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/panel/`);
  await page.getByRole('heading', { name: 'Izstrādes pieslēgšanās' }).waitFor();
  await page.getByRole('button', { name: `Pieslēgties kā ${name}` }).click();
}

/**
 * Waits until the locator matches exactly `count` elements. Playwright's waitForFunction would
 * evaluate a string in the page, which the panel's Content Security Policy forbids.
 */
export async function waitForCount(locator: Locator, count: number, timeout = STEP_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen = await locator.count();
  while (seen !== count) {
    if (Date.now() > deadline) {
      throw new Error(`Expected ${count} elements for ${locator}, found ${seen} after ${timeout} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await locator.count();
  }
}
