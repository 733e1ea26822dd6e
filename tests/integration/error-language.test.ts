import type { Context, Next } from 'koa';
import type { Response } from 'supertest';
import { startApp, type TestApp } from '../support/app';
import {
  chromebookInput,
  createInstitution,
  eserviceApplication,
  staffAgent,
  subtypeIdOf,
  type TestInstitution,
} from '../support/fixtures';
import { newDatedPersonalCode, uniqueSuffix } from '../support/people';

type Agent = Awaited<ReturnType<typeof staffAgent>>['agent'];

const TOKEN = 'demo-eservice-token';
const LATVIAN_LETTERS = /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/;

/** Import headers in the order of the import template, as a school fills it in. */
const IMPORT_HEADERS = [
  'Apakštips',
  'Ražotājs',
  'Modelis',
  'Sērijas numurs',
  'Inventāra numurs',
  'Izgatavošanas gads',
  'Iegādes veids',
  'Vērtība EUR ar PVN',
  'Lietošanas mērķis',
  'Mērķa grupa',
  'Operētājsistēma',
  'Operatīvā atmiņa (GB)',
  'Datu krātuve (GB)',
  'Ekrāna izmērs (collas)',
];

/** Builds a CSV file whose only problem is a year of manufacture that is not a number. */
function importWithBadYear(): string {
  const suffix = uniqueSuffix();
  const row = [
    'chromebook',
    'Acer',
    'Chromebook 314',
    `SN-${suffix}`,
    `INV-${suffix}`,
    'pagājušogad',
    'Ministrija',
    '416.50',
    'Izsniegšanai individuāli',
    'learners',
    'ChromeOS',
    '4',
    '64',
    '14',
  ];
  return `${IMPORT_HEADERS.join(',')}\r\n${row.join(',')}\r\n`;
}

/** Checks that a response is the error in English: the expected phrase and no Latvian letter. */
function expectEnglish(response: Response, phrase: string) {
  expect(response.headers['content-language']).toBe('en');
  expect(response.body.error.message).toContain(phrase);
  expect(response.body.error.message).not.toMatch(LATVIAN_LETTERS);
}

function expectLatvian(response: Response, phrase: string) {
  expect(response.headers['content-language']).toBe('lv');
  expect(response.body.error.message).toContain(phrase);
}

describe('error message language', () => {
  let app: TestApp;
  let school: TestInstitution;
  let manager: Agent;
  let chromebook: number;

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app);
    manager = (await staffAgent(app, school, ['resource_manager'])).agent;
    chromebook = await subtypeIdOf(app.knex, 'chromebook');
  });

  afterAll(async () => {
    await app.stop();
  });

  /** Sends the same request without a language and with English, and checks both share status, code and field. */
  async function inBothLanguages(send: (language: string | null) => Promise<Response>): Promise<{ lv: Response; en: Response }> {
    const lv = await send(null);
    const en = await send('en');
    expect(en.status).toBe(lv.status);
    expect(en.body.error.code).toBe(lv.body.error.code);
    expect(en.body.error.field).toBe(lv.body.error.field);
    return { lv, en };
  }

  function withLanguage<T extends { set: (name: string, value: string) => T }>(request: T, language: string | null): T {
    return language === null ? request : request.set('Accept-Language', language);
  }

  function submitApplication(body: unknown, language: string | null, token = TOKEN) {
    return withLanguage(app.http.post('/api/eservice/applications').set('Authorization', `Bearer ${token}`), language).send(body as object);
  }

  it('yup default message of a missing field', async () => {
    const input: Record<string, unknown> = chromebookInput(chromebook);
    delete input.manufacturer;
    const { lv, en } = await inBothLanguages((language) => withLanguage(manager.post('/api/panel/resources'), language).send(input));

    expect(lv.status).toBe(400);
    expect(lv.body.error.code).toBe('FIELD_REQUIRED');
    expect(lv.body.error.field).toBe('manufacturer');
    expectLatvian(lv, 'Lauks "Ražotājs" ir obligāts.');
    expectEnglish(en, 'The field "Manufacturer" is required.');
  });

  it('field label of a list entry', async () => {
    const source = await manager.post('/api/panel/resources').send(chromebookInput(chromebook));
    expect(source.status).toBe(201);
    const items = [
      { serialNumber: `SN-${Date.now()}-a`, inventoryNumber: `INV-${Date.now()}-a` },
      { serialNumber: `SN-${Date.now()}-b`, inventoryNumber: `INV-${Date.now()}-b` },
      { inventoryNumber: `INV-${Date.now()}-c` },
    ];
    const { lv, en } = await inBothLanguages((language) => withLanguage(manager.post(`/api/panel/resources/${source.body.id}/copy`), language).send({ items }));

    expect(lv.status).toBe(400);
    expect(lv.body.error.field).toBe('items[2].serialNumber');
    expectLatvian(lv, 'Lauks "Sērijas numurs (3. ieraksts)" ir obligāts.');
    expectEnglish(en, 'The field "Serial number (entry 3)" is required.');
  });

  it('schema message of a learner without a grade', async () => {
    const body = eserviceApplication(school.registrationNumber);
    const resourceUser: Record<string, unknown> = { ...body.resourceUser };
    delete resourceUser.grade;
    const { lv, en } = await inBothLanguages((language) => submitApplication({ ...body, resourceUser }, language));

    expect(lv.status).toBe(400);
    expect(lv.body.error.field).toBe('resourceUser.grade');
    expectLatvian(lv, 'Izglītojamajam jānorāda klase');
    expectEnglish(en, 'Enter the grade (1–12) of the learner.');
  });

  it('personal code with a wrong check digit', async () => {
    const valid = newDatedPersonalCode(1981);
    const wrong = `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`;
    const body = eserviceApplication(school.registrationNumber);
    const invalidBody = { ...body, applicant: { ...body.applicant, personalCode: wrong } };
    const { lv, en } = await inBothLanguages((language) => submitApplication(invalidBody, language));

    expect(lv.status).toBe(400);
    expect(lv.body.error.code).toBe('PERSONAL_CODE_INVALID');
    expectLatvian(lv, 'Personas koda kontrolcipars nav pareizs.');
    expectEnglish(en, 'The check digit of the personal code is wrong.');
    expect(JSON.stringify(en.body)).not.toContain(wrong);
  });

  it('resource not found', async () => {
    const { lv, en } = await inBothLanguages((language) => withLanguage(manager.get('/api/panel/resources/2147480000'), language));

    expect(lv.status).toBe(404);
    expect(lv.body.error.code).toBe('RESOURCE_NOT_FOUND');
    expectLatvian(lv, 'Resurss nav atrasts.');
    expectEnglish(en, 'Resource not found.');
  });

  it('missing role names the allowed roles', async () => {
    const { lv, en } = await inBothLanguages((language) => withLanguage(manager.get('/api/panel/applications'), language));

    expect(lv.status).toBe(403);
    expect(lv.body.error.code).toBe('ROLE_REQUIRED');
    expectLatvian(lv, 'Darbībai nepieciešama kāda no lomām: ');
    expectLatvian(lv, 'Pieteikumu izskatītājs');
    expectEnglish(en, 'This action needs one of the roles: ');
    expectEnglish(en, 'Application reviewer');
  });

  it('taken serial number names the other resource', async () => {
    const registered = chromebookInput(chromebook);
    const first = await manager.post('/api/panel/resources').send(registered);
    expect(first.status).toBe(201);
    const serialNumber = registered.serialNumber;
    const second = chromebookInput(chromebook, { serialNumber });
    const { lv, en } = await inBothLanguages((language) => withLanguage(manager.post('/api/panel/resources'), language).send(second));

    expect(lv.status).toBe(409);
    expect(lv.body.error.code).toBe('SERIAL_NUMBER_TAKEN');
    expectLatvian(lv, `Sērijas numurs "${serialNumber}" jau ir reģistrēts resursam ${first.body.number}.`);
    expectEnglish(en, `Serial number "${serialNumber}" is already registered to resource ${first.body.number}.`);
  });

  it('import problems per row and column', async () => {
    const upload = (language: string | null) =>
      withLanguage(manager.post('/api/panel/resources/import'), language).attach(
        'file',
        Buffer.from(importWithBadYear(), 'utf8'),
        'resursi.csv',
      );
    const { lv, en } = await inBothLanguages(upload);

    expect(lv.status).toBe(422);
    expect(lv.body.error.code).toBe('IMPORT_INVALID');
    expectLatvian(lv, 'Fails netika importēts: atrastas 1 kļūdas.');
    expectEnglish(en, 'The file was not imported because it has 1 error.');

    expect(lv.body.error.details.errors).toEqual([
      { row: 2, column: 'Izgatavošanas gads', message: 'Vērtība "pagājušogad" nav skaitlis. Norādiet veselu skaitli ar cipariem, piemēram, 2023.' },
    ]);
    // The column keeps the file's own header, and the cell's text is quoted as it is.
    expect(en.body.error.details.errors).toEqual([
      { row: 2, column: 'Izgatavošanas gads', message: 'The value "pagājušogad" is not a number. Enter a whole number in digits, for example 2023.' },
    ]);
    expect(en.body.error.details.errorCount).toBe(1);
  });

  it('database error mapped by the middleware', async () => {
    const middleware = app.strapi.middleware('global::domain-errors') as (
      config: unknown,
      context: { strapi: unknown },
    ) => (ctx: Context, next: Next) => Promise<void>;
    const handle = middleware({}, { strapi: app.strapi });

    const respond = async (acceptLanguage: string | undefined) => {
      const headers: Record<string, string> = {};
      const ctx = {
        path: '/api/test',
        status: 200,
        body: undefined as unknown,
        get: (name: string) => (name.toLowerCase() === 'accept-language' ? (acceptLanguage ?? '') : ''),
        set: (name: string, value: string) => {
          headers[name.toLowerCase()] = value;
        },
      };
      // A real PostgreSQL error: invalid input syntax for type integer (22P02).
      await handle(ctx as unknown as Context, async () => {
        await app.knex.raw("select 'not a number'::integer");
      });
      return { status: ctx.status, body: ctx.body as { error: { code: string; message: string } }, headers };
    };

    const lv = await respond(undefined);
    const en = await respond('en-GB,en;q=0.9');
    expect(lv.status).toBe(400);
    expect(en.status).toBe(400);
    expect(lv.body.error.code).toBe('VALUE_INVALID');
    expect(en.body.error.code).toBe('VALUE_INVALID');
    expect(lv.headers['content-language']).toBe('lv');
    expect(en.headers['content-language']).toBe('en');
    expect(lv.body.error.message).toBe('Kāda no norādītajām vērtībām nav derīga.');
    expect(en.body.error.message).toBe('One of the values is not valid.');
  });

  it('e-service rejects a wrong token', async () => {
    const body = eserviceApplication(school.registrationNumber);
    const { lv, en } = await inBothLanguages((language) => submitApplication(body, language, 'not-the-right-token-at-all'));

    expect(lv.status).toBe(401);
    expect(lv.body.error.code).toBe('ESERVICE_TOKEN_INVALID');
    expectLatvian(lv, 'E-pakalpojuma piekļuves pilnvara nav derīga.');
    expectEnglish(en, 'The e-service access token is not valid.');
  });

  it('e-service rejects a closed institution', async () => {
    const closed = await createInstitution(app, { accepting: false });
    const { lv, en } = await inBothLanguages((language) => submitApplication(eserviceApplication(closed.registrationNumber), language));

    expect(lv.status).toBe(422);
    expect(lv.body.error.code).toBe('INSTITUTION_NOT_ACCEPTING');
    expectLatvian(lv, `Iestāde "${closed.name}" pašlaik nepieņem pieteikumus.`);
    expectEnglish(en, `The institution "${closed.name}" is not accepting applications at the moment.`);
  });

  it.each([
    ['en-GB', 'en'],
    ['EN-us,lv;q=0.5', 'en'],
    ['en;q=0.8', 'en'],
    ['lv', 'lv'],
    ['lv-LV,en;q=0.9', 'lv'],
    ['de-DE', 'lv'],
    ['english', 'lv'],
    ['*', 'lv'],
  ])('Accept-Language %s answers in %s', async (header, language) => {
    const response = await manager.get('/api/panel/resources/2147480000').set('Accept-Language', header);
    expect(response.status).toBe(404);
    expect(response.headers['content-language']).toBe(language);
    expect(response.body.error.message).toBe(language === 'en' ? 'Resource not found.' : 'Resurss nav atrasts.');
  });

  it('login result page has Latvian first and English marked', async () => {
    const response = await app.http.get('/api/session/login-result?reason=USER_BLOCKED').set('Accept-Language', 'en');
    expect(response.status).toBe(403);
    expect(response.text).toContain('<html lang="lv">');
    const latvian = response.text.indexOf('Lietotājs ir bloķēts');
    const english = response.text.indexOf('<span class="en" lang="en">User blocked</span>');
    expect(latvian).toBeGreaterThan(0);
    expect(english).toBeGreaterThan(latvian);
    expect(response.text).toContain('<span class="en" lang="en">Your RUMIS user is blocked.');
  });
});
