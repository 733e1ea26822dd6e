import englishMessages from 'ra-language-english';
import { en } from '../../admin/src/i18n/en';
import { lv } from '../../admin/src/i18n/lv';
import { startApp, type TestApp } from '../support/app';
import { chromebookInput, createInstitution, createStaff, loginAs, subtypeIdOf } from '../support/fixtures';
import type { Page } from 'playwright-core';
import { devLogin, launchChromium, requireBuiltPanel, saveScreenshot, STEP_TIMEOUT, type Browser } from './chromium';

type Messages = { [key: string]: string | Messages };

/** Lists every message key as a dotted path, such as ra.action.save. */
function leafKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function withoutRa(keys: string[]): string[] {
  return keys.filter((key) => !key.startsWith('ra.')).sort();
}

describe('panel translations', () => {
  const latvianKeys = leafKeys(lv as Messages);
  const englishKeys = leafKeys(en as Messages);

  it('Latvian covers every react-admin key', () => {
    const missing = leafKeys(englishMessages as Messages).filter((key) => !latvianKeys.includes(key));
    expect(missing).toEqual([]);
  });

  it('Latvian has no keys react-admin lacks', () => {
    const reactAdminKeys = leafKeys(englishMessages as Messages);
    const extra = latvianKeys.filter((key) => key.startsWith('ra.') && !reactAdminKeys.includes(key));
    expect(extra).toEqual([]);
  });

  it('Latvian and English panel keys match', () => {
    expect(withoutRa(latvianKeys)).toEqual(withoutRa(englishKeys));
  });

  it('Latvian panel texts are not empty', () => {
    const empty = latvianKeys.filter((key) => {
      const value = key.split('.').reduce<string | Messages>((node, part) => (node as Messages)[part], lv as Messages);
      return typeof value === 'string' && value.trim() === '' && key !== 'ra.boolean.null';
    });
    expect(empty).toEqual([]);
  });
});

describe('server messages in the panel language', () => {
  let app: TestApp;
  let browser: Browser;
  let managerName: string;
  let first: { number: string; serialNumber: string };
  let second: { id: number; number: string };

  beforeAll(async () => {
    requireBuiltPanel();
    app = await startApp();
    const school = await createInstitution(app);
    const manager = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'] });
    const user = await app.knex('up_users').where('id', manager.userId).first('first_name', 'last_name');
    managerName = `${user.first_name} ${user.last_name}`;

    const agent = await loginAs(app, manager.userId);
    const subtypeId = await subtypeIdOf(app.knex, 'chromebook');
    const firstInput = chromebookInput(subtypeId);
    const firstResponse = await agent.post('/api/panel/resources').send(firstInput);
    const secondResponse = await agent.post('/api/panel/resources').send(chromebookInput(subtypeId));
    expect(firstResponse.status).toBe(201);
    expect(secondResponse.status).toBe(201);
    first = { number: firstResponse.body.number, serialNumber: firstInput.serialNumber };
    second = { id: secondResponse.body.id, number: secondResponse.body.number };
    browser = await launchChromium();
  }, 120_000);

  /** Opens a resource's edit form and waits until the form shows the resource, so typing is not overwritten. */
  async function openEditForm(page: Page, resource: { id: number; number: string }): Promise<void> {
    await page.goto(`${app.baseUrl}/panel/#/resources/${resource.id}/edit`);
    const serialInput = page.locator('input[name="serialNumber"]');
    await serialInput.waitFor();
    const deadline = Date.now() + STEP_TIMEOUT;
    while ((await serialInput.inputValue()) === '') {
      if (Date.now() > deadline) {
        throw new Error(`The edit form of ${resource.number} shows no serial number after ${STEP_TIMEOUT} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('rejected save shows the message in the chosen language', async () => {
    const { page } = browser;
    await devLogin(page, app.baseUrl, managerName);
    await page.getByTestId('dashboard-by-status').waitFor();

    // In Latvian, saving the second resource with the first one's serial number is rejected in Latvian.
    await openEditForm(page, second);
    await page.getByLabel(/^Sērijas numurs/).fill(first.serialNumber);
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    // The message shows in the notification and under the field.
    const latvianMessage = `Sērijas numurs "${first.serialNumber}" jau ir reģistrēts resursam ${first.number}.`;
    await page.getByRole('alert').getByText(latvianMessage).waitFor();
    await page.locator('.MuiFormHelperText-root', { hasText: latvianMessage }).waitFor();

    // After the switch to English, the same rejection arrives in English.
    // The rejected save scrolled the form to the field, and react-admin's app bar hides while the page is scrolled down.
    await page.mouse.wheel(0, -5000);
    await page.getByRole('button', { name: 'Latviešu' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await openEditForm(page, second);
    await page.getByLabel(/^Serial number/).fill(first.serialNumber);
    await page.getByRole('button', { name: 'Save' }).click();
    const englishMessage = `Serial number "${first.serialNumber}" is already registered to resource ${first.number}.`;
    await page.getByRole('alert').getByText(englishMessage).waitFor();
    await page.locator('.MuiFormHelperText-root', { hasText: englishMessage }).waitFor();
    await saveScreenshot(page, 'panel-i18n-server-message');
    expect(await page.getByText('jau ir reģistrēts resursam').count()).toBe(0);
  }, 120_000);
});
