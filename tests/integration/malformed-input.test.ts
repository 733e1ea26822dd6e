import { DAILY_ROLES, hasPermission, type Permission } from '@rumis/access';
import type { Response } from 'supertest';
import { startApp, type TestApp } from '../support/app';
import { createInstitution, createStaff, eserviceApplication, loginAs, subtypeIdOf, type TestInstitution } from '../support/fixtures';
import { newPersonalCode, uniqueSuffix } from '../support/people';
import { insertActRow, insertApplicationRow, insertResourceRow } from '../support/records';

/**
 * Sends malformed requests to every route of the panel API, the session API and the e-service
 * API, as a user who has the route's permission. Every response must be below 500, every 4xx
 * must carry a stable code and a message, a rejected write must leave the domain tables as they
 * were, and the server must log no error. The routes come from Strapi's route table, so a new
 * route gets the generic battery at once and fails the completeness test until it has a sample.
 */

type Agent = Awaited<ReturnType<typeof loginAs>>;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Route {
  method: Method;
  /** Path as Strapi lists it, under /api, such as /api/panel/resources/:id. */
  path: string;
  permission?: Permission;
  /** False for the login routes, which respond to browsers with redirects and HTML pages. */
  json: boolean;
}

interface World {
  app: TestApp;
  school: TestInstitution;
  chromebook: number;
  daily: { userId: number; profileId: number; agent: Agent };
  admin: { userId: number; profileId: number; agent: Agent };
}

/** A valid request to a route: the id in its path, its body and its query string. */
interface Sample {
  id?: number;
  body?: Record<string, unknown>;
  query?: string;
}

type Prepare = (world: World) => Promise<Sample>;

interface Upload {
  field: string;
  fileName: string;
  content: Buffer;
  contentType: string;
}

/** One malformed request. `raw` bodies are sent as they are with their content type. */
interface Case {
  label: string;
  path: string;
  query?: string;
  body?: unknown;
  raw?: { text: string; contentType: string };
  upload?: Upload;
  headers?: Record<string, string>;
}

const LONG_TEXT = 'x'.repeat(100_000);
const NUL_TEXT = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

/** Values that replace each field of a valid body in turn. */
const BAD_VALUES: Array<[string, unknown]> = [
  ['null', null],
  ['empty string', ''],
  ['number', 12345],
  ['numeric string', 'abc'],
  ['negative', -1],
  ['zero', 0],
  ['fraction', 1.5],
  ['beyond int4', 99999999999],
  ['huge', 1e308],
  ['NaN string', 'NaN'],
  ['exponent string', '1e3'],
  ['boolean', true],
  ['object', { nested: 'value' }],
  ['empty array', []],
  ['array', [1, 'x', null]],
  ['100000 characters', LONG_TEXT],
  ['NUL byte', NUL_TEXT],
  ['lone surrogate', LONE_SURROGATE],
  ['February 30', '2025-02-30'],
  ['year zero', '0000-00-00'],
  ['month 13', '2025-13-01'],
];

const BAD_IDS = ['99999999999', '1e3', '-1', '0', 'abc', '1.5', '%00', '%20'];

/** Whole bodies that are not a JSON object. */
const BAD_BODIES: Array<[string, { text: string; contentType: string }]> = [
  ['invalid JSON', { text: '{"a":', contentType: 'application/json' }],
  ['JSON array', { text: '[1,2]', contentType: 'application/json' }],
  ['empty JSON array', { text: '[]', contentType: 'application/json' }],
  ['JSON string', { text: '"text"', contentType: 'application/json' }],
  ['JSON number', { text: '42', contentType: 'application/json' }],
  ['JSON null', { text: 'null', contentType: 'application/json' }],
  ['JSON boolean', { text: 'true', contentType: 'application/json' }],
  ['empty JSON body', { text: '', contentType: 'application/json' }],
  ['plain text', { text: 'hello', contentType: 'text/plain' }],
  ['form body', { text: 'a=1&b[c]=2&b[c]=3', contentType: 'application/x-www-form-urlencoded' }],
  ['prototype key', { text: '{"__proto__":{"admin":true}}', contentType: 'application/json' }],
  ['unknown charset', { text: '{}', contentType: 'application/json; charset=klingon' }],
  ['multipart without boundary', { text: 'data', contentType: 'multipart/form-data' }],
  ['body over the 2 MB JSON limit', { text: JSON.stringify({ notes: 'x'.repeat(3 * 1024 * 1024) }), contentType: 'application/json' }],
  ['truncated multipart', { text: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue', contentType: 'multipart/form-data; boundary=x' }],
];

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** Query strings that every GET route must survive. List routes must reject the bad ones with a code. */
const LIST_QUERIES: Array<[string, string]> = [
  ['filter broken JSON', 'filter=%7Bstatus'],
  ['filter array', `filter=${json([1, 2])}`],
  ['filter string', `filter=${json('text')}`],
  ['filter number', 'filter=42'],
  ['filter null', 'filter=null'],
  ['filter unknown field', `filter=${json({ noSuchField: 1 })}`],
  ['filter repeated', 'filter=%7B%7D&filter=%7B%7D'],
  ['filter as qs object', 'filter[id]=1'],
  ['sort broken JSON', 'sort=%5B%22id%22'],
  ['sort unknown field', `sort=${json(['noSuchField', 'ASC'])}`],
  ['sort bad order', `sort=${json(['id', 'SIDEWAYS'])}`],
  ['sort numbers', `sort=${json([1, 2])}`],
  ['sort object', `sort=${json({ field: 'id' })}`],
  ['sort one element', `sort=${json(['id'])}`],
  ['sort repeated', 'sort=a&sort=b'],
  ['range broken JSON', 'range=%5B0'],
  ['range huge', `range=${json([0, 1_000_000_000])}`],
  ['range negative', `range=${json([-5, 3])}`],
  ['range reversed', `range=${json([5, 1])}`],
  ['range fractional', `range=${json([0.5, 3])}`],
  ['range strings', `range=${json(['a', 'b'])}`],
  ['range beyond safe integers', 'range=%5B0%2C99999999999999999999%5D'],
  ['range far offset', `range=${json([2_000_000_000, 2_000_000_001])}`],
  ['range object', `range=${json({ start: 0 })}`],
  ['range repeated', 'range=a&range=b'],
  ['format unknown', 'format=xyz'],
  ['format repeated', 'format=csv&format=xlsx'],
  ['format as qs object', 'format[a]=b'],
];

/** Filter values tried on every filter field a list accepts. */
const BAD_FILTER_VALUES: Array<[string, unknown]> = [
  ['object', { nested: 1 }],
  ['array of objects', [{}]],
  ['text', 'abc'],
  ['beyond int4', 99999999999],
  ['negative', -1],
  ['fraction', 1.5],
  ['mixed array', [1, 'x']],
  ['boolean', true],
  ['2000 characters', 'x'.repeat(2000)],
  ['NUL byte', NUL_TEXT],
  ['lone surrogate', LONE_SURROGATE],
  ['February 30', '2025-02-30'],
];

/** Filter fields of the panel's lists. The test finds each list's own set by probing it. */
const FILTER_FIELDS = [
  'q',
  'id',
  'status',
  'institutionId',
  'supervisorId',
  'subtypeId',
  'userId',
  'resourceId',
  'applicationId',
  'level',
  'blocked',
  'overdue',
  'userKind',
  'kind',
  'location',
  'usagePurpose',
  'targetGroup',
  'fundingProgramme',
  'resourceGroup',
  'socialSupport',
  'stale',
];

/** Tables whose row count and latest update a rejected write must leave unchanged. */
const WATCHED_TABLES = [
  'resources',
  'applications',
  'handover_acts',
  'profiles',
  'up_users',
  'institutions',
  'institution_contacts',
  'subtype_settings',
  'resource_status_changes',
  'application_status_changes',
];

const ZIP_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const UPLOAD_CASES: Array<[string, Partial<Case>]> = [
  ['JSON body instead of a file', { body: { file: 'data' } }],
  ['plain text body', { raw: { text: 'Apakštips\nchromebook\n', contentType: 'text/plain' } }],
  ['CSV body with a NUL byte', { raw: { text: `Apakštips,Ražotājs\nchromebook,${NUL_TEXT}\n`, contentType: 'text/csv' } }],
  ['empty CSV body', { raw: { text: '', contentType: 'text/csv' } }],
  ['empty file', { upload: { field: 'file', fileName: 'empty.csv', content: Buffer.alloc(0), contentType: 'text/csv' } }],
  ['binary file named .csv', { upload: { field: 'file', fileName: 'binary.csv', content: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)), contentType: 'text/csv' } }],
  ['corrupt XLSX', { upload: { field: 'file', fileName: 'broken.xlsx', content: Buffer.concat([ZIP_HEADER, Buffer.from('not a zip archive at all')]), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }],
  ['XLSX name on CSV text', { upload: { field: 'file', fileName: 'table.xlsx', content: Buffer.from('Apakštips\nchromebook\n'), contentType: 'application/octet-stream' } }],
  ['file in another field', { upload: { field: 'other', fileName: 'table.csv', content: Buffer.from('Apakštips\nchromebook\n'), contentType: 'text/csv' } }],
  ['CSV with a 100000-character cell', { upload: { field: 'file', fileName: 'long.csv', content: Buffer.from(`Apakštips,Ražotājs\nchromebook,${LONG_TEXT}\n`), contentType: 'text/csv' } }],
  ['file over the 20 MB upload limit', { upload: { field: 'file', fileName: 'huge.csv', content: Buffer.alloc(21 * 1024 * 1024, 'a'), contentType: 'text/csv' } }],
  ['CSV with unknown headers only', { upload: { field: 'file', fileName: 'headers.csv', content: Buffer.from('a,b,c\n1,2,3\n'), contentType: 'text/csv' } }],
  ['institution id text', { query: 'institutionId=abc', upload: { field: 'file', fileName: 'table.csv', content: Buffer.from('Apakštips\nchromebook\n'), contentType: 'text/csv' } }],
  ['institution id beyond int4', { query: 'institutionId=99999999999', upload: { field: 'file', fileName: 'table.csv', content: Buffer.from('Apakštips\nchromebook\n'), contentType: 'text/csv' } }],
  ['institution id repeated', { query: 'institutionId=1&institutionId=2', upload: { field: 'file', fileName: 'table.csv', content: Buffer.from('Apakštips\nchromebook\n'), contentType: 'text/csv' } }],
];


function insertResource(world: World, status = 'available'): Promise<number> {
  return insertResourceRow(world.app, world.school, world.chromebook, status);
}

function insertApplication(world: World, status = 'submitted'): Promise<number> {
  return insertApplicationRow(world.app, world.school, world.chromebook, status);
}

function insertAct(world: World, status: 'draft' | 'prepared' | 'issued'): Promise<number> {
  return insertActRow(world.app, world.school, world.chromebook, status);
}

const resourceBody = (world: World) => ({
  institutionId: world.school.id,
  subtypeId: world.chromebook,
  manufacturer: 'Acer',
  model: 'Chromebook 314',
  serialNumber: `SN-${uniqueSuffix()}`,
  inventoryNumber: `INV-${uniqueSuffix()}`,
  manufactureYear: 2023,
  acquisitionType: 'ministry',
  acquisitionDate: '2023-02-01',
  usagePurpose: 'issued_individually',
  targetGroup: 'learners',
  status: 'available',
  location: 'storage',
  valueEur: 416.5,
  notes: 'Piezīme',
  parameters: { operating_system: 'ChromeOS', ram_gb: 4, storage_gb: 64, screen_inches: 14 },
});

const reportViewer = async (world: World) => createStaff(world.app, { level: 'institution', institutionId: world.school.id, roles: ['report_viewer'] });

/** A valid request for each route, keyed by method and path. The battery changes one part at a time. */
const SAMPLES: Record<string, Prepare> = {
  'GET /api/panel/code-lists': async () => ({}),
  'GET /api/panel/resource-subtypes': async () => ({}),
  'GET /api/panel/social-statuses': async () => ({}),
  'GET /api/panel/supervisors': async () => ({}),
  'GET /api/panel/institutions': async () => ({}),
  'GET /api/panel/institutions/:id': async (world) => ({ id: world.school.id }),
  'PUT /api/panel/institutions/:id': async (world) => ({
    id: world.school.id,
    body: { address: 'Skolas iela 2', town: 'Rīga', email: 'skola@example.lv', phone: '+371 67000001' },
  }),
  'GET /api/panel/institutions/:id/contacts': async (world) => ({ id: world.school.id }),
  'PUT /api/panel/institutions/:id/contacts': async (world) => ({
    id: world.school.id,
    body: {
      contacts: [
        { role: 'director', firstName: 'Dace', lastName: 'Direktore', email: 'director@example.lv', phone: '+371 20000000' },
        { role: 'handover_responsible', firstName: 'Jānis', lastName: 'Bērziņš', email: 'handover@example.lv', phone: '+371 20000001' },
        { role: 'ict_support', firstName: 'Ēriks', lastName: 'Kļaviņš', email: 'ict@example.lv', phone: '+371 20000002' },
        { role: 'data_protection', firstName: 'Līga', lastName: 'Šķēle', email: 'dpo@example.lv', phone: '+371 20000003' },
      ],
    },
  }),
  'GET /api/panel/institutions/:id/settings': async (world) => ({ id: world.school.id }),
  'PUT /api/panel/institutions/:id/settings': async (world) => ({
    id: world.school.id,
    body: { acceptsApplications: true, subtypes: [{ subtypeId: world.chromebook, open: true, canApply: 'learners' }] },
  }),
  'POST /api/panel/institutions/:id/activate': async (world) => ({
    id: (await createInstitution(world.app, { status: 'inactive', accepting: false })).id,
    body: { director: { personalCode: newPersonalCode(), firstName: 'Dace', lastName: 'Direktore', email: 'director@example.lv' }, acceptApplications: false },
  }),
  'POST /api/panel/institutions/:id/deactivate': async (world) => ({ id: (await createInstitution(world.app)).id, body: {} }),

  'GET /api/panel/resources': async () => ({}),
  'GET /api/panel/resources/export': async () => ({ query: 'format=csv' }),
  'GET /api/panel/resources/import-template': async () => ({ query: 'format=csv' }),
  'POST /api/panel/resources/import': async () => ({}),
  'POST /api/panel/resources/bulk-status': async (world) => ({ body: { ids: [await insertResource(world)], status: 'maintenance' } }),
  'POST /api/panel/resources/bulk-location': async (world) => ({ body: { ids: [await insertResource(world)], location: 'library' } }),
  'POST /api/panel/resources/bulk-write-off': async (world) => ({ body: { ids: [await insertResource(world)], date: '2026-12-01', reason: 'Nolietots' } }),
  'GET /api/panel/resources/:id': async (world) => ({ id: await insertResource(world) }),
  'POST /api/panel/resources': async (world) => ({ body: resourceBody(world) }),
  'PUT /api/panel/resources/:id': async (world) => ({ id: await insertResource(world), body: resourceBody(world) }),
  'POST /api/panel/resources/:id/copy': async (world) => ({
    id: await insertResource(world),
    body: { items: [{ serialNumber: `SN-${uniqueSuffix()}`, inventoryNumber: `INV-${uniqueSuffix()}` }] },
  }),
  'POST /api/panel/resources/:id/write-off': async (world) => ({ id: await insertResource(world), body: { date: '2026-12-01', reason: 'Nolietots' } }),
  'GET /api/panel/dashboard/resources': async () => ({}),

  'GET /api/panel/applications': async () => ({}),
  'GET /api/panel/applications/:id': async (world) => ({ id: await insertApplication(world) }),
  'POST /api/panel/applications': async (world) => ({
    body: {
      institutionId: world.school.id,
      subtypeId: world.chromebook,
      applicant: { personalCode: newPersonalCode(), firstName: 'Anna', lastName: 'Ozola', role: 'parent_guardian', email: 'anna@example.lv', phone: '+371 29000000' },
      resourceUser: { personalCode: newPersonalCode(), firstName: 'Roberts', lastName: 'Ozols', kind: 'learner', grade: 7, classLetter: 'b' },
      socialSupport: false,
      socialStatuses: [],
      basisDocumentNumber: '1-12/34',
      basisDocumentDate: '2026-12-01',
      notes: 'Piezīme',
    },
  }),
  'POST /api/panel/applications/:id/allocate': async (world) => ({ id: await insertApplication(world), body: { resourceId: await insertResource(world) } }),
  'POST /api/panel/applications/:id/decline': async (world) => ({ id: await insertApplication(world), body: { reason: 'Nav pieejamu ierīču' } }),
  'POST /api/panel/applications/:id/postpone': async (world) => ({ id: await insertApplication(world), body: { reason: 'Gaidām piegādi' } }),

  'GET /api/panel/handover-acts': async () => ({}),
  'GET /api/panel/handover-acts/:id': async (world) => ({ id: await insertAct(world, 'draft') }),
  'POST /api/panel/handover-acts/:id/prepare': async (world) => ({ id: await insertAct(world, 'draft'), body: { returnDeadline: '2027-06-30' } }),
  'POST /api/panel/handover-acts/:id/issue': async (world) => ({ id: await insertAct(world, 'prepared'), body: { recipientName: 'Ilze Kalniņa', issuedOn: '2026-12-01' } }),
  'POST /api/panel/handover-acts/:id/return': async (world) => ({
    id: await insertAct(world, 'issued'),
    body: { condition: 'working', resourceStatus: 'available', returnedOn: '2026-12-15', receivedBy: 'Jānis Bērziņš', notes: 'Bez bojājumiem' },
  }),
  'POST /api/panel/handover-acts/:id/loss': async (world) => ({ id: await insertAct(world, 'issued'), body: { kind: 'stolen', circumstances: 'Nozagts autobusā', date: '2026-12-15' } }),
  'POST /api/panel/handover-acts/:id/cancel': async (world) => ({ id: await insertAct(world, 'draft'), body: { reason: 'Vecāki atteicās', applicationOutcome: 'withdrawn' } }),
  'GET /api/panel/handover-acts/:id/document': async (world) => ({ id: await insertAct(world, 'issued'), query: 'format=docx' }),

  'GET /api/panel/users': async () => ({}),
  'GET /api/panel/users/:id': async (world) => ({ id: (await reportViewer(world)).userId }),
  'POST /api/panel/users': async () => ({ body: { personalCode: newPersonalCode(), firstName: 'Pēteris', lastName: 'Jauniņš' } }),
  'PUT /api/panel/users/:id': async (world) => ({ id: (await reportViewer(world)).userId, body: { firstName: 'Testa', lastName: 'Pārdēvēts', blocked: false } }),
  'GET /api/panel/profiles': async () => ({}),
  'GET /api/panel/profiles/:id': async (world) => ({ id: (await reportViewer(world)).profileId }),
  'POST /api/panel/profiles': async (world) => ({
    body: {
      userId: (await reportViewer(world)).userId,
      level: 'institution',
      institutionId: world.school.id,
      roles: ['resource_issuer'],
      validUntil: '2027-06-30',
      jobTitle: 'Skolotājs',
      email: 'skolotajs@example.lv',
      phone: '+371 20000000',
      basisDocumentNumber: 'R-1',
      basisDocumentDate: '2026-01-15',
    },
  }),
  'PUT /api/panel/profiles/:id': async (world) => {
    const person = await reportViewer(world);
    return { id: person.profileId, body: { userId: person.userId, level: 'institution', institutionId: world.school.id, roles: ['resource_issuer', 'report_viewer'] } };
  },
  'DELETE /api/panel/profiles/:id': async (world) => ({ id: (await reportViewer(world)).profileId }),

  'GET /api/session': async () => ({}),
  'POST /api/session/profile': async (world) => ({ body: { profileId: world.daily.profileId } }),
  'POST /api/session/logout': async () => ({ body: {} }),
  'GET /api/session/dev-persons': async () => ({}),
  'POST /api/session/dev-login': async (world) => ({ body: { userId: world.daily.userId } }),
  'GET /api/session/oidc/login': async () => ({}),
  'GET /api/session/oidc/callback': async () => ({ query: 'code=abc&state=def' }),
  'GET /api/session/login-result': async () => ({ query: 'reason=LOGIN_FAILED' }),

  'POST /api/eservice/applications': async (world) => ({ body: eserviceApplication(world.school.registrationNumber) }),
};

/** Extra cases of routes whose input is not only a JSON body. */
const EXTRA_CASES: Record<string, Array<[string, Partial<Case>]>> = {
  'POST /api/panel/resources/import': UPLOAD_CASES,
  'GET /api/session/oidc/callback': [
    ['unknown attempt cookie', { query: 'code=abc&state=def', headers: { Cookie: 'rumis_login_attempt=abc' } }],
    ['numeric attempt cookie', { query: 'code=abc&state=def', headers: { Cookie: 'rumis_login_attempt=99999999999' } }],
    ['long attempt cookie', { query: 'code=abc&state=def', headers: { Cookie: `rumis_login_attempt=${'x'.repeat(4000)}` } }],
    ['error response', { query: 'error=access_denied&error_description=%00', headers: { Cookie: 'rumis_login_attempt=abc' } }],
    ['repeated state', { query: 'code=a&code=b&state=c&state=d', headers: { Cookie: 'rumis_login_attempt=abc' } }],
  ],
  'GET /api/session/login-result': [
    ['long reason', { query: `reason=${'x'.repeat(4000)}` }],
    ['repeated reason', { query: 'reason=a&reason=b' }],
    ['reason as qs object', { query: 'reason[a]=b' }],
    ['NUL reason', { query: 'reason=%00' }],
  ],
  'POST /api/eservice/applications': [
    ['no token', { headers: { Authorization: '' } }],
    ['wrong scheme', { headers: { Authorization: 'Basic ZGVtbzpkZW1v' } }],
    ['empty bearer', { headers: { Authorization: 'Bearer ' } }],
    ['long token', { headers: { Authorization: `Bearer ${'x'.repeat(4000)}` } }],
    ['wrong token', { headers: { Authorization: 'Bearer demo-eservice-token-x' } }],
  ],
};

const ESERVICE_TOKEN = 'demo-eservice-token';

/** Returns every dotted path of a body's fields, descending into objects and the first entry of arrays. */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  const paths: string[][] = [];
  if (Array.isArray(value)) {
    if (value.length > 0) {
      paths.push([...prefix, '0'], ...fieldPaths(value[0], [...prefix, '0']).slice(1));
    }
    return [prefix, ...paths];
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      paths.push(...fieldPaths(child, [...prefix, key]));
    }
    return prefix.length === 0 ? paths : [prefix, ...paths];
  }
  return [prefix];
}

function withValueAt(body: Record<string, unknown>, path: string[], replacement: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = replacement;
  return copy;
}

function pathOf(route: Route, id: number | string | undefined): string {
  return route.path.replace(':id', String(id ?? 1));
}

/** Builds every malformed case of a route from its valid sample. */
function casesOf(route: Route, sample: Sample): Case[] {
  const cases: Case[] = [];
  const path = pathOf(route, sample.id);
  const body = sample.body;
  const key = `${route.method} ${route.path}`;

  if (route.path.includes(':id')) {
    for (const id of BAD_IDS) {
      cases.push({ label: `id ${id}`, path: pathOf(route, id), query: sample.query, body });
    }
  }
  if (route.method === 'GET') {
    for (const [label, query] of LIST_QUERIES) {
      cases.push({ label, path, query: sample.query ? `${sample.query}&${query}` : query });
    }
  } else {
    for (const [label, raw] of BAD_BODIES) {
      cases.push({ label, path, query: sample.query, raw });
    }
    const base = body ?? {};
    cases.push({ label: 'unknown field', path, query: sample.query, body: { ...base, noSuchField: 1 } });
    for (const field of fieldPaths(base)) {
      for (const [label, value] of BAD_VALUES) {
        cases.push({ label: `${field.join('.')} = ${label}`, path, query: sample.query, body: withValueAt(base, field, value) });
      }
    }
  }
  for (const [label, extra] of EXTRA_CASES[key] ?? []) {
    cases.push({ label, path, query: sample.query, ...extra });
  }
  return cases;
}

describe('malformed input', () => {
  let world: World;
  let routes: Route[];
  let errorLog: jest.SpyInstance;

  beforeAll(async () => {
    const app = await startApp();
    const school = await createInstitution(app);
    const daily = await createStaff(app, { level: 'institution', institutionId: school.id, roles: [...DAILY_ROLES] });
    const admin = await createStaff(app, { level: 'state', roles: ['admin'] });
    world = {
      app,
      school,
      chromebook: await subtypeIdOf(app.knex, 'chromebook'),
      daily: { ...daily, agent: await loginAs(app, daily.userId) },
      admin: { ...admin, agent: await loginAs(app, admin.userId) },
    };

    type RouteTable = Record<string, { routes: Array<{ method: Method; path: string; config?: { policies?: unknown[] } }> }>;
    const apis = app.strapi.apis as unknown as Record<string, { routes: RouteTable }>;
    const permissionOf = (policies: unknown[] | undefined): Permission | undefined => {
      const policy = policies?.find((entry) => (entry as { name?: string }).name === 'global::has-permission') as { config: { permission: Permission } } | undefined;
      return policy?.config.permission;
    };
    const panel = Object.values(apis.panel.routes).flatMap((group) =>
      group.routes.map((route) => ({ method: route.method, path: `/api${route.path}`, permission: permissionOf(route.config?.policies), json: true })),
    );
    const session = Object.values(apis.auth.routes).flatMap((group) =>
      group.routes.map((route) => ({ method: route.method, path: `/api${route.path}`, json: !route.path.startsWith('/session/oidc') && route.path !== '/session/login-result' })),
    );
    const eservice = (app.strapi.plugin('eservice').routes as unknown as RouteTable)['content-api'].routes.map((route) => ({
      method: route.method,
      path: `/api/eservice${route.path}`,
      json: true,
    }));
    routes = [...panel, ...session, ...eservice];
    errorLog = jest.spyOn(app.strapi.log, 'error');
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await world?.app.stop();
  });

  /** Counts the rows of the watched tables with their latest update time, in one query. */
  async function snapshot(): Promise<string> {
    const parts = WATCHED_TABLES.map((table) => `(SELECT json_build_array(count(*), max(updated_at)) FROM ${table}) AS ${table}`);
    const result = await world.app.knex.raw(`SELECT ${parts.join(', ')}`);
    return JSON.stringify(result.rows[0]);
  }

  /** Picks the logged-in user for a panel route: the daily-role user when they have the permission, else the state administrator. */
  function agentFor(route: Route): Agent {
    if (route.permission && !hasPermission([...DAILY_ROLES], route.permission)) {
      return world.admin.agent;
    }
    return world.daily.agent;
  }

  async function send(agent: Agent, route: Route, testCase: Case, language: 'lv' | 'en'): Promise<Response> {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    const url = testCase.query ? `${testCase.path}?${testCase.query}` : testCase.path;
    const request = agent[method](url);
    if (language === 'en') {
      request.set('Accept-Language', 'en');
    }
    if (route.path.startsWith('/api/eservice')) {
      request.set('Authorization', `Bearer ${ESERVICE_TOKEN}`);
    }
    for (const [name, value] of Object.entries(testCase.headers ?? {})) {
      request.set(name, value);
    }
    if (testCase.upload) {
      return request.attach(testCase.upload.field, testCase.upload.content, { filename: testCase.upload.fileName, contentType: testCase.upload.contentType });
    }
    if (testCase.raw) {
      return request.set('Content-Type', testCase.raw.contentType).send(testCase.raw.text);
    }
    if (testCase.body !== undefined) {
      return request.send(testCase.body as object);
    }
    return request;
  }

  /**
   * Sends every case of a route and returns what broke the rules. After a write that succeeded
   * the sample is prepared again, so that the next case meets a record in its starting state.
   */
  async function runBattery(route: Route, agentOf: () => Promise<Agent>, extraCases: Case[] = []): Promise<string[]> {
    const key = `${route.method} ${route.path}`;
    const prepare = SAMPLES[key] ?? (async () => ({}));
    const isWrite = route.method !== 'GET';
    let sample = await prepare(world);
    let agent = await agentOf();
    const cases = [...casesOf(route, sample), ...extraCases];
    const failures: string[] = [];

    for (const [index, original] of cases.entries()) {
      const language = index % 2 === 0 ? 'lv' : 'en';
      const before = isWrite ? await snapshot() : '';
      const logged = errorLog.mock.calls.length;
      const response = await send(agent, route, original, language);
      const name = `${key} [${original.label}]`;

      if (response.status >= 500) {
        failures.push(`${name}: ${response.status} ${response.text.slice(0, 300)}`);
      } else if (response.status >= 400 && route.json) {
        const error = response.body?.error;
        if (typeof error?.code !== 'string' || !/^[A-Z][A-Z0-9_]+$/.test(error.code)) {
          failures.push(`${name}: ${response.status} without a stable code: ${response.text.slice(0, 300)}`);
        }
        // VALUE_INVALID comes from a database error mapped in domain-errors, which names no field.
        if (error?.code === 'VALUE_INVALID') {
          failures.push(`${name}: rejected by the database instead of input validation: ${response.text.slice(0, 300)}`);
        }
        if (typeof error?.message !== 'string' || error.message.trim() === '') {
          failures.push(`${name}: ${response.status} without a message: ${response.text.slice(0, 300)}`);
        }
      }
      if (isWrite && response.status >= 400) {
        const after = await snapshot();
        if (after !== before) {
          failures.push(`${name}: rejected with ${response.status} but changed the database`);
        }
      }
      for (const call of errorLog.mock.calls.slice(logged)) {
        failures.push(`${name}: logged an error: ${String(call[0]).slice(0, 300)}`);
      }

      if (isWrite && response.status < 300 && index < cases.length - 1) {
        sample = await prepare(world);
        agent = await agentOf();
        const fresh = casesOf(route, sample);
        // Rebuilt cases keep their order, so the remaining ones point at the new record.
        cases.splice(index + 1, fresh.length - index - 1, ...fresh.slice(index + 1));
      }
    }
    return failures;
  }

  it('has a sample for every route', () => {
    const names = routes.map((route) => `${route.method} ${route.path}`);
    expect(names.filter((name) => !SAMPLES[name])).toEqual([]);
    expect(Object.keys(SAMPLES).filter((name) => !names.includes(name))).toEqual([]);
    expect(names.filter((name) => name.startsWith('GET /api/panel/')).length).toBeGreaterThan(10);
  });

  it('rejects broken list parameters with a code', async () => {
    const response = await world.daily.agent.get('/api/panel/resources?range=a&range=b');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('QUERY_INVALID');
  });

  it('names the field of each rejected value', async () => {
    const declinePath = async () => `/api/panel/applications/${await insertApplication(world)}/decline`;
    const cases: Array<[string, object, string, string]> = [
      ['object for text', { reason: { text: 'x' } }, 'FIELD_TYPE', 'reason'],
      ['NUL byte', { reason: NUL_TEXT.repeat(3) }, 'FIELD_CHARACTER_INVALID', 'reason'],
      ['lone surrogate', { reason: LONE_SURROGATE.repeat(3) }, 'FIELD_CHARACTER_INVALID', 'reason'],
    ];
    for (const [label, body, code, field] of cases) {
      const response = await world.daily.agent.post(await declinePath()).set('Accept-Language', 'en').send(body);
      expect(`${label}: ${response.status} ${response.body.error?.code} ${response.body.error?.field}`).toBe(`${label}: 400 ${code} ${field}`);
    }

    const allocation = await world.daily.agent.post(`/api/panel/applications/${await insertApplication(world)}/allocate`).send({ resourceId: 99999999999 });
    expect(allocation.status).toBe(400);
    expect(allocation.body.error.field).toBe('resourceId');

    const list = await world.daily.agent.get(`/api/panel/resources?filter=${json({ q: NUL_TEXT })}`);
    expect(list.status).toBe(400);
    expect(list.body.error.field).toBe('filter.q');

    const broken = await world.daily.agent.post(await declinePath()).set('Accept-Language', 'en').set('Content-Type', 'application/json').send('{"reason":');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('BODY_INVALID');
    expect(broken.headers['content-language']).toBe('en');
  });

  describe('panel API', () => {
    it.each(['GET', 'POST', 'PUT', 'DELETE'] as const)('survives malformed %s requests', async (method) => {
      const failures: string[] = [];
      for (const route of routes.filter((candidate) => candidate.path.startsWith('/api/panel/') && candidate.method === method)) {
        const agent = agentFor(route);
        const filterCases = method === 'GET' ? await filterCasesOf(route, agent) : [];
        failures.push(...(await runBattery(route, async () => agent, filterCases)));
      }
      expect(failures).toEqual([]);
    });
  });

  it('survives malformed session requests', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((candidate) => candidate.path.startsWith('/api/session'))) {
      // Logging in and out changes the agent's session, so these routes get an agent of their own.
      const own = route.path === '/api/session/logout' || route.path === '/api/session/dev-login';
      failures.push(...(await runBattery(route, async () => (own ? loginAs(world.app, world.daily.userId) : world.daily.agent))));
    }
    expect(failures).toEqual([]);
  });

  it('survives malformed e-service submissions', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((candidate) => candidate.path.startsWith('/api/eservice'))) {
      failures.push(...(await runBattery(route, async () => world.app.agent())));
    }
    expect(failures).toEqual([]);
  });

  /**
   * Finds the filter fields a list accepts (an unknown one is FILTER_UNKNOWN) and returns a case
   * for each of them with each bad filter value. A route that filters nothing gets no cases.
   */
  async function filterCasesOf(route: Route, agent: Agent): Promise<Case[]> {
    if (route.path.includes(':id')) {
      return [];
    }
    const sample = await SAMPLES[`${route.method} ${route.path}`]?.(world);
    const base = sample?.query ? `${sample.query}&` : '';
    const probe = await agent.get(`${route.path}?${base}filter=${json({ noSuchField: 1 })}`);
    if (probe.body?.error?.code !== 'FILTER_UNKNOWN') {
      return [];
    }
    const cases: Case[] = [];
    for (const field of FILTER_FIELDS) {
      const known = await agent.get(`${route.path}?${base}filter=${json({ [field]: [] })}`);
      if (known.body?.error?.code === 'FILTER_UNKNOWN') {
        continue;
      }
      for (const [label, value] of BAD_FILTER_VALUES) {
        cases.push({ label: `filter.${field} = ${label}`, path: route.path, query: `${base}filter=${json({ [field]: value })}` });
      }
    }
    return cases;
  }
});
