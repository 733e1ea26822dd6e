import crypto from 'node:crypto';
import { createId } from '@paralleldrive/cuid2';
import supertest from 'supertest';
import type { Role } from '@rumis/access';
import { startDevIdp, type DevIdp } from '@rumis/dev-idp';
import { startApp, type TestApp } from '../support/app';
import { createInstitution, createStaff, type TestInstitution } from '../support/fixtures';
import { newPersonalCode } from '../support/people';

const CLIENT_ID = 'rumis-panel-test';
const CLIENT_SECRET = crypto.randomBytes(32).toString('base64url');
const OIDC_VARIABLES = ['PUBLIC_URL', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
/** Public address with the host name supertest uses; the port does not matter to cookies. */
const PUBLIC_URL = 'http://127.0.0.1:1337';
const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug'] as const;

type Agent = ReturnType<TestApp['agent']>;

/** One HTTP response of a login, kept to check that no personal code leaks. */
interface RecordedResponse {
  request: string;
  status: number;
  location: string;
  setCookie: string;
  body: string;
}

interface LoginRun {
  /** Agent of the browser at RUMIS, carrying whatever cookies the login set. */
  rumis: Agent;
  /** Value of the login attempt cookie that the login route set. */
  attemptId: string;
  responses: RecordedResponse[];
  /** Location of the callback's response: /panel/ or the login result page. */
  callbackLocation: string;
  /** The login result page when the login was rejected. */
  resultPage?: supertest.Response;
}

type Choice = { personName: string } | { personalCode: string } | { cancel: true };

describe('latvija.lv login through OpenID Connect', () => {
  let app: TestApp;
  let idp: DevIdp;
  let school: TestInstitution;
  let callbackUrl: string;
  const savedVariables = new Map<string, string | undefined>();
  /** Lines the stand-in provider logged; Strapi's log calls are read from the spies. */
  const providerLogLines: string[] = [];
  let logSpies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    callbackUrl = `${PUBLIC_URL}/api/session/oidc/callback`;
    idp = await startDevIdp({
      port: 0,
      clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [callbackUrl] }],
      persons: async () => {
        const rows = await app.knex('up_users').whereNotNull('personal_code').orderBy('id').select('personal_code', 'first_name', 'last_name');
        return rows.map((row) => ({ personalCode: row.personal_code, firstName: row.first_name, lastName: row.last_name }));
      },
      logger: { warn: (message, error) => providerLogLines.push(`${message} ${String(error)}`) },
    });
    for (const name of OIDC_VARIABLES) {
      savedVariables.set(name, process.env[name]);
    }
    // Supertest reaches the server as 127.0.0.1, the host name the login must start at.
    process.env.PUBLIC_URL = PUBLIC_URL;
    process.env.OIDC_ISSUER = idp.issuer;
    process.env.OIDC_CLIENT_ID = CLIENT_ID;
    process.env.OIDC_CLIENT_SECRET = CLIENT_SECRET;

    app = await startApp();
    logSpies = LOG_LEVELS.map((level) => jest.spyOn(app.strapi.log, level));
    school = await createInstitution(app);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
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

  function logLines(): string[] {
    return [...providerLogLines, ...logSpies.flatMap((spy) => spy.mock.calls.map((call) => JSON.stringify(call)))];
  }

  async function personalCodeOf(userId: number): Promise<string> {
    const user = await app.knex('up_users').where('id', userId).first('personal_code');
    return user.personal_code;
  }

  async function nameOf(userId: number): Promise<string> {
    const user = await app.knex('up_users').where('id', userId).first('first_name', 'last_name');
    return `${user.first_name} ${user.last_name}`;
  }

  async function staffWithProfile(roles: Role[], profile: { validUntil?: string; blocked?: boolean } = {}) {
    return createStaff(app, { level: 'institution', institutionId: school.id, roles, ...profile });
  }

  async function addProfile(userId: number, profile: { roles: Role[]; validUntil?: string; blocked?: boolean }): Promise<number> {
    const now = new Date();
    const [row] = await app
      .knex('profiles')
      .insert({
        document_id: createId(),
        created_at: now,
        updated_at: now,
        published_at: now,
        user_id: userId,
        level: 'institution',
        institution_id: school.id,
        roles: JSON.stringify(profile.roles),
        valid_until: profile.validUntil ?? null,
        blocked: profile.blocked ?? false,
      })
      .returning(['id']);
    return row.id;
  }

  function record(responses: RecordedResponse[], request: string, response: supertest.Response): supertest.Response {
    const setCookie = response.headers['set-cookie'];
    responses.push({
      request,
      status: response.status,
      location: response.headers.location ?? '',
      setCookie: Array.isArray(setCookie) ? setCookie.join('\n') : String(setCookie ?? ''),
      body: response.text ?? '',
    });
    return response;
  }

  /** Returns the action of the form whose markup matches, from the stand-in's login page. */
  function formAction(html: string, pattern: RegExp): string {
    const match = pattern.exec(html);
    if (!match) {
      throw new Error(`The login page has no form matching ${pattern}:\n${html}`);
    }
    return match[1];
  }

  function escapeRegExp(value: string): string {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /**
   * Drives a whole login as a browser would, following every redirect by hand: RUMIS's login
   * route, the provider's authorization endpoint, its login page and form post, consent, and the
   * callback back at RUMIS. `changeCallback` can alter the callback URL before it is followed, and
   * `rumis` continues in a browser that already has RUMIS cookies.
   */
  async function logIn(choice: Choice, options: { changeCallback?: (url: URL) => void; rumis?: Agent } = {}): Promise<LoginRun> {
    const rumis = options.rumis ?? app.agent();
    const provider = supertest.agent(idp.issuer);
    const responses: RecordedResponse[] = [];

    const start = record(responses, 'GET /api/session/oidc/login', await rumis.get('/api/session/oidc/login'));
    expect(start.status).toBe(302);
    const attemptId = /rumis_login_attempt=([^;]+)/.exec(String(start.headers['set-cookie']))?.[1] ?? '';
    expect(attemptId).not.toBe('');
    let location = new URL(start.headers.location);
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    for (const parameter of ['code_challenge', 'state', 'nonce', 'redirect_uri']) {
      expect({ parameter, present: location.searchParams.has(parameter) }).toEqual({ parameter, present: true });
    }

    let page = record(responses, `GET ${location.pathname}`, await provider.get(location.pathname + location.search));
    for (let hop = 0; hop < 5 && page.status === 303; hop += 1) {
      location = new URL(page.headers.location, idp.issuer);
      page = record(responses, `GET ${location.pathname}`, await provider.get(location.pathname + location.search));
    }
    expect(page.status).toBe(200);

    let submitted: supertest.Response;
    if ('personName' in choice) {
      const pattern = new RegExp(`action="([^"]+/login)">\\s*<input type="hidden" name="person" value="([^"]+)">\\s*<button type="submit">${escapeRegExp(choice.personName)}</button>`);
      const match = pattern.exec(page.text);
      if (!match) {
        throw new Error(`The login page does not list ${choice.personName}`);
      }
      submitted = await provider.post(match[1]).type('form').send({ person: match[2] });
    } else if ('personalCode' in choice) {
      const action = formAction(page.text, /action="([^"]+\/login)">\s*<label for="personal_code">/);
      submitted = await provider.post(action).type('form').send({ personal_code: choice.personalCode });
    } else {
      submitted = await provider.post(formAction(page.text, /action="([^"]+\/abort)"/)).type('form').send({});
    }
    record(responses, 'POST login form', submitted);
    expect(submitted.status).toBe(303);

    // Through the provider's redirects (resume, consent, resume) until it sends the browser back.
    let next = new URL(submitted.headers.location, idp.issuer);
    for (let hop = 0; hop < 10 && next.href.startsWith(idp.issuer); hop += 1) {
      const response = record(responses, `GET ${next.pathname}`, await provider.get(next.pathname + next.search));
      expect(response.status).toBe(303);
      next = new URL(response.headers.location, idp.issuer);
    }
    expect(`${next.origin}${next.pathname}`).toBe(callbackUrl);
    options.changeCallback?.(next);

    const callback = record(responses, 'GET /api/session/oidc/callback', await rumis.get(next.pathname + next.search));
    expect(callback.status).toBe(302);
    const callbackLocation = callback.headers.location;
    if (callbackLocation === '/panel/') {
      return { rumis, attemptId, responses, callbackLocation };
    }
    const resultPage = record(responses, `GET ${callbackLocation}`, await rumis.get(callbackLocation));
    return { rumis, attemptId, responses, callbackLocation, resultPage };
  }

  function expectNoPersonalCode(run: LoginRun, personalCode: string) {
    for (const response of run.responses) {
      expect({ request: response.request, leaks: response.body.includes(personalCode) }).toEqual({ request: response.request, leaks: false });
      expect({ request: response.request, leaks: response.location.includes(personalCode) }).toEqual({ request: response.request, leaks: false });
      expect({ request: response.request, leaks: response.setCookie.includes(personalCode) }).toEqual({ request: response.request, leaks: false });
    }
    expect(logLines().filter((line) => line.includes(personalCode))).toEqual([]);
  }

  async function expectRejected(run: LoginRun, reason: string, status: number, titles: { lv: string; en: string }) {
    expect(run.callbackLocation).toBe(`/api/session/login-result?reason=${reason}`);
    expect(run.resultPage?.status).toBe(status);
    expect(run.resultPage?.headers['content-type']).toMatch(/^text\/html/);
    expect(run.resultPage?.text).toContain('<html lang="lv">');
    expect(run.resultPage?.text).toContain(titles.lv);
    expect(run.resultPage?.text).toContain(titles.en);
    expect(run.resultPage?.text).not.toMatch(/<script|https?:\/\//);
    const session = await run.rumis.get('/api/session');
    expect(session.status).toBe(401);
  }

  it('login with one profile preselects it', async () => {
    const staff = await staffWithProfile(['resource_manager']);
    const run = await logIn({ personName: await nameOf(staff.userId) });

    expect(run.callbackLocation).toBe('/panel/');
    const session = await run.rumis.get('/api/session');
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(staff.userId);
    expect(session.body.activeProfileId).toBe(staff.profileId);
    expectNoPersonalCode(run, await personalCodeOf(staff.userId));
  });

  it('login with two profiles leaves the choice', async () => {
    const staff = await staffWithProfile(['resource_manager']);
    const secondProfileId = await addProfile(staff.userId, { roles: ['report_viewer'] });
    const run = await logIn({ personName: await nameOf(staff.userId) });

    expect(run.callbackLocation).toBe('/panel/');
    const session = await run.rumis.get('/api/session');
    expect(session.status).toBe(200);
    expect(session.body.user.id).toBe(staff.userId);
    expect(session.body.activeProfileId).toBeNull();
    expect(session.body.profiles.map((profile: { id: number }) => profile.id)).toEqual([staff.profileId, secondProfileId]);
    expectNoPersonalCode(run, await personalCodeOf(staff.userId));
  });

  it('login accepts hyphenated personal code', async () => {
    const staff = await staffWithProfile(['application_reviewer']);
    const personalCode = await personalCodeOf(staff.userId);
    const run = await logIn({ personalCode: `${personalCode.slice(0, 6)}-${personalCode.slice(6)}` });

    expect(run.callbackLocation).toBe('/panel/');
    const session = await run.rumis.get('/api/session');
    expect(session.body.user.id).toBe(staff.userId);
    expect(session.body.activeProfileId).toBe(staff.profileId);
  });

  it('login rejects unknown personal code', async () => {
    const personalCode = newPersonalCode();
    const run = await logIn({ personalCode });

    await expectRejected(run, 'UNKNOWN_USER', 403, { lv: 'Lietotājs nav reģistrēts', en: 'User not registered' });
    expect(run.resultPage?.text).toContain('Pieslēgties vēlreiz');
    expectNoPersonalCode(run, personalCode);
  });

  it('login rejects blocked user', async () => {
    const staff = await staffWithProfile(['resource_manager']);
    await app.knex('up_users').where('id', staff.userId).update({ blocked: true });
    const run = await logIn({ personName: await nameOf(staff.userId) });

    await expectRejected(run, 'USER_BLOCKED', 403, { lv: 'Lietotājs ir bloķēts', en: 'User blocked' });
    expectNoPersonalCode(run, await personalCodeOf(staff.userId));
    expect(logLines().some((line) => line.includes('USER_BLOCKED') && line.includes(`"userId":${staff.userId}`))).toBe(true);
  });

  it('login rejects user with expired profile', async () => {
    const staff = await staffWithProfile(['resource_issuer'], { validUntil: '2020-06-30' });
    const run = await logIn({ personName: await nameOf(staff.userId) });

    await expectRejected(run, 'NO_USABLE_PROFILE', 403, { lv: 'Nav derīga profila', en: 'No valid profile' });
    expectNoPersonalCode(run, await personalCodeOf(staff.userId));
  });

  it('login rejects user with blocked profiles', async () => {
    const staff = await staffWithProfile(['resource_manager'], { blocked: true });
    await addProfile(staff.userId, { roles: ['admin'], blocked: true });
    const run = await logIn({ personName: await nameOf(staff.userId) });

    await expectRejected(run, 'NO_USABLE_PROFILE', 403, { lv: 'Nav derīga profila', en: 'No valid profile' });
    expectNoPersonalCode(run, await personalCodeOf(staff.userId));
  });

  it('login fails on tampered state', async () => {
    const staff = await staffWithProfile(['resource_manager']);
    const run = await logIn({ personName: await nameOf(staff.userId) }, { changeCallback: (url) => url.searchParams.set('state', 'tampered-state') });

    await expectRejected(run, 'LOGIN_FAILED', 400, { lv: 'Pieslēgšanās neizdevās', en: 'Login failed' });
    expectNoPersonalCode(run, await personalCodeOf(staff.userId));
  });

  it('login fails on invalid personal code', async () => {
    const run = await logIn({ personalCode: '01019912340' });

    await expectRejected(run, 'LOGIN_FAILED', 400, { lv: 'Pieslēgšanās neizdevās', en: 'Login failed' });
    expect(logLines().some((line) => line.includes('is not a valid personal code'))).toBe(true);
    expectNoPersonalCode(run, '01019912340');
  });

  it('login fails when person cancels', async () => {
    const run = await logIn({ cancel: true });

    await expectRejected(run, 'LOGIN_FAILED', 400, { lv: 'Pieslēgšanās neizdevās', en: 'Login failed' });
  });

  it('callback rejects replayed response', async () => {
    const staff = await staffWithProfile(['resource_manager']);
    let callback = '';
    const run = await logIn({ personName: await nameOf(staff.userId) }, {
      changeCallback: (url) => {
        callback = `${url.pathname}${url.search}`;
      },
    });
    expect(run.callbackLocation).toBe('/panel/');
    const idHash = crypto.createHash('sha256').update(run.attemptId).digest('hex');
    expect(await app.knex('rumis_login_attempts').where('id_hash', idHash).first()).toBeUndefined();

    // The first callback cleared the browser's attempt cookie, and the attempt row is gone, so
    // sending the same response again fails with or without the old cookie.
    const sameBrowser = await run.rumis.get(callback);
    expect(sameBrowser.headers.location).toBe('/api/session/login-result?reason=LOGIN_FAILED');
    const withOldCookie = await app.http.get(callback).set('Cookie', `rumis_login_attempt=${run.attemptId}`);
    expect(withOldCookie.headers.location).toBe('/api/session/login-result?reason=LOGIN_FAILED');
    expect(logLines().some((line) => line.includes('unknown, already used or expired'))).toBe(true);
  });

  it('new login ends previous session', async () => {
    const staff = await staffWithProfile(['resource_manager']);
    const first = await logIn({ personName: await nameOf(staff.userId) });
    const callback = first.responses.find((response) => response.request === 'GET /api/session/oidc/callback');
    const firstToken = /rumis_session=([^;]+)/.exec(callback?.setCookie ?? '')?.[1] ?? '';
    expect(firstToken).not.toBe('');

    const second = await logIn({ personName: await nameOf(staff.userId) }, { rumis: first.rumis });
    expect(second.callbackLocation).toBe('/panel/');
    expect((await second.rumis.get('/api/session')).status).toBe(200);
    const withFirstToken = await app.http.get('/api/session').set('Cookie', `rumis_session=${firstToken}`);
    expect(withFirstToken.status).toBe(401);
  });

  it('login restarts at the public host name', async () => {
    const response = await app.http.get('/api/session/oidc/login').set('Host', 'localhost');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(`${PUBLIC_URL}/api/session/oidc/login`);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('login attempt cookie attributes', async () => {
    const response = await app.http.get('/api/session/oidc/login');
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((line) => line.startsWith('rumis_login_attempt='));

    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; httponly/i);
    expect(cookie).toMatch(/; samesite=lax/i);
    expect(cookie).toMatch(/; path=\/api\/session\/oidc/);
    const expires = Date.parse(/expires=([^;]+)/i.exec(cookie ?? '')?.[1] ?? '');
    expect(expires - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect(expires - Date.now()).toBeGreaterThan(9 * 60_000);
  });

  it('result page defaults to general failure', async () => {
    const response = await app.http.get('/api/session/login-result?reason=<script>');

    expect(response.status).toBe(400);
    expect(response.text).toContain('Pieslēgšanās neizdevās');
    expect(response.text).not.toContain('<script>');
  });
});
