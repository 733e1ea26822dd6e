import crypto from 'node:crypto';
import net from 'node:net';
import { createId } from '@paralleldrive/cuid2';
import { startDevIdp, type DevIdp } from '@rumis/dev-idp';
import type { Page } from 'playwright-core';
import { startApp, type TestApp } from '../support/app';
import { createInstitution, createStaff, type TestInstitution } from '../support/fixtures';
import { launchChromium, requireBuiltPanel, saveScreenshot, type Browser } from './chromium';

const CLIENT_ID = 'rumis-panel-browser-test';
const CLIENT_SECRET = crypto.randomBytes(32).toString('base64url');
const CHANGED_VARIABLES = ['PUBLIC_URL', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port on 127.0.0.1'))));
    });
  });
}

interface Forwarder {
  stop: () => Promise<void>;
}

/**
 * Forwards TCP connections from 127.0.0.1:<port> to the test server. The login's redirect URI
 * is built from PUBLIC_URL when Strapi loads, before startApp() has chosen its port, so the
 * browser reaches the server through this fixed port instead.
 */
function forward(port: number, targetPort: number): Promise<Forwarder> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        stop: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) {
              socket.destroy();
            }
            server.close(() => done());
          }),
      }),
    );
  });
}

/** Returns the names of the side menu's entries. */
async function menuEntries(page: Page): Promise<string[]> {
  const entries = await page.locator('.RaMenu-open [role="menuitem"], .RaMenu-closed [role="menuitem"]').allTextContents();
  return entries.map((entry) => entry.trim());
}

describe('profile switch after latvija.lv login', () => {
  let idp: DevIdp;
  let app: TestApp;
  let forwarder: Forwarder;
  let publicUrl: string;
  let school: TestInstitution;
  let browser: Browser;
  const savedVariables = new Map<string, string | undefined>();

  beforeAll(async () => {
    requireBuiltPanel();
    publicUrl = `http://127.0.0.1:${await freePort()}`;
    idp = await startDevIdp({
      port: 0,
      clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${publicUrl}/api/session/oidc/callback`] }],
      persons: async () => {
        const rows = await app.knex('up_users').whereNotNull('personal_code').orderBy('id').select('personal_code', 'first_name', 'last_name');
        return rows.map((row) => ({ personalCode: row.personal_code, firstName: row.first_name, lastName: row.last_name }));
      },
    });
    for (const name of CHANGED_VARIABLES) {
      savedVariables.set(name, process.env[name]);
    }
    process.env.PUBLIC_URL = publicUrl;
    process.env.OIDC_ISSUER = idp.issuer;
    process.env.OIDC_CLIENT_ID = CLIENT_ID;
    process.env.OIDC_CLIENT_SECRET = CLIENT_SECRET;

    app = await startApp();
    forwarder = await forward(Number(new URL(publicUrl).port), Number(new URL(app.baseUrl).port));
    school = await createInstitution(app);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await forwarder?.stop();
    await app?.stop();
    await idp?.stop();
    for (const [name, value] of savedVariables) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  });

  it('menu follows the profile chosen in the top bar', async () => {
    const { page } = browser;
    // One person with two profiles at the school: resource manager and application registrar.
    const staff = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'] });
    const now = new Date();
    await app.knex('profiles').insert({
      document_id: createId(),
      created_at: now,
      updated_at: now,
      published_at: now,
      user_id: staff.userId,
      level: 'institution',
      institution_id: school.id,
      roles: JSON.stringify(['application_registrar']),
      blocked: false,
    });
    const user = await app.knex('up_users').where('id', staff.userId).first('first_name', 'last_name');
    const name = `${user.first_name} ${user.last_name}`;

    // The login page offers latvija.lv first; its link leaves the panel for the identity provider.
    await page.goto(`${publicUrl}/panel/`);
    const oidcLink = page.getByRole('link', { name: 'Pieslēgties ar latvija.lv' });
    await oidcLink.waitFor();
    await saveScreenshot(page, 'login-page');
    await oidcLink.click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.getByRole('button', { name, exact: true }).click();

    // Back in the panel with two usable profiles, the user has to choose one.
    await page.waitForURL(/\/panel\/#\/choose-profile/);
    await page.getByRole('heading', { name: 'Profila izvēle' }).waitFor();
    const choices = page.getByTestId('profile-choice');
    expect(await choices.count()).toBe(2);
    await choices.filter({ hasText: 'Resursu pārvaldnieks' }).getByRole('button', { name: 'Izvēlēties' }).click();

    // The resource manager's menu has the resources and no applications.
    const label = page.getByTestId('active-profile-label');
    await label.filter({ hasText: 'Resursu pārvaldnieks' }).waitFor();
    await page.getByRole('menuitem', { name: 'Resursi' }).waitFor();
    expect(await menuEntries(page)).toContain('Resursi');
    expect(await menuEntries(page)).not.toContain('Pieteikumi');
    await saveScreenshot(page, 'profile-switch-resource-manager');

    // Switching in the top bar's user menu to the registrar profile changes the menu.
    await page.getByRole('button', { name: 'Profils' }).click();
    await page.getByRole('menuitem', { name: new RegExp(`Pārslēgties uz: ${school.name}.*Pieteikumu reģistrētājs`) }).click();
    await label.filter({ hasText: 'Pieteikumu reģistrētājs' }).waitFor();
    await page.getByRole('menuitem', { name: 'Pieteikumi' }).waitFor();
    expect(await menuEntries(page)).toContain('Pieteikumi');
    expect(await menuEntries(page)).not.toContain('Resursi');
    await saveScreenshot(page, 'profile-switch-registrar');

    // The server acts as the registrar profile now.
    const sessions = await app.knex('rumis_sessions').where('user_id', staff.userId).select('profile_id');
    const registrarProfile = await app.knex('profiles').where('user_id', staff.userId).whereNot('id', staff.profileId).first('id');
    expect(sessions.map((session) => session.profile_id)).toEqual([registrarProfile.id]);
  }, 120_000);
});
