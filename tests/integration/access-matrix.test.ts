import { ROLES, hasPermission, type AccessLevel, type Permission, type Role } from '@rumis/access';
import { startApp, type TestApp } from '../support/app';
import { createInstitution, createStaff, loginAs, subtypeIdOf, type TestInstitution } from '../support/fixtures';
import { newPersonalCode, uniqueSuffix } from '../support/people';
import { insertActRow, insertApplicationRow, insertResourceRow } from '../support/records';

/**
 * Walks every panel endpoint for every role at every level, with a record inside the actor's
 * scope and one outside it, and checks the exact status. The table must name every panel route:
 * a route without a row fails the completeness test.
 */

type Agent = Awaited<ReturnType<typeof loginAs>>;
type Target = 'inside' | 'outside';

interface World {
  app: TestApp;
  schoolA: TestInstitution;
  schoolA2: TestInstitution;
  schoolB: TestInstitution;
  /** Schools that activation and deactivation may change without affecting the other cases. */
  schoolB2: TestInstitution;
  chromebook: number;
}

interface Actor {
  level: AccessLevel;
  roles: Role[];
  agent: Agent;
}

interface Prepared {
  path: string;
  body?: unknown;
  /** Content type of a body that is not JSON (the CSV import). */
  contentType?: string;
  /** Texts a download must contain for a record inside the scope and must not for one outside. */
  downloadTexts?: { inside: string; outside: string };
  /** Ids a list must return for an actor who can see the target ("inside") record only. */
  listIds?: { inside: number; outside: number };
}

interface EndpointCase {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  route: string;
  permission: Permission;
  success: number;
  prepare: (world: World, target: Target, actor: Actor) => Promise<Prepared>;
  /** Status forced by a level rule regardless of the target, for actors that hold the permission. */
  levelRule?: (level: AccessLevel) => number | undefined;
  /** False for catalogs, which every profile reads whole. */
  scoped?: boolean;
}


function schoolOf(world: World, target: Target): TestInstitution {
  return target === 'inside' ? world.schoolA : world.schoolB;
}

function insertResource(world: World, institution: TestInstitution, status = 'available'): Promise<number> {
  return insertResourceRow(world.app, institution, world.chromebook, status);
}

function insertApplication(world: World, institution: TestInstitution, status = 'submitted'): Promise<number> {
  return insertApplicationRow(world.app, institution, world.chromebook, status);
}

function insertAct(world: World, institution: TestInstitution, status: string): Promise<number> {
  return insertActRow(world.app, institution, world.chromebook, status);
}

async function insertProfile(world: World, target: Target): Promise<{ userId: number; profileId: number }> {
  const school = schoolOf(world, target);
  return createStaff(world.app, { level: 'institution', institutionId: school.id, roles: ['report_viewer'] });
}

const resourceBody = (world: World, school: TestInstitution) => ({
  institutionId: school.id,
  subtypeId: world.chromebook,
  manufacturer: 'Acer',
  model: 'Chromebook 314',
  serialNumber: `SN-${uniqueSuffix()}`,
  inventoryNumber: `INV-${uniqueSuffix()}`,
  acquisitionType: 'ministry',
  usagePurpose: 'issued_individually',
  targetGroup: 'learners',
  status: 'available',
  valueEur: 416.5,
  parameters: { operating_system: 'ChromeOS', ram_gb: 4, storage_gb: 64, screen_inches: 14 },
});

/** One-row import file in the template's layout; every header the row does not fill stays empty. */
function importCsv(): string {
  const values: Record<string, string> = {
    Apakštips: 'chromebook',
    Ražotājs: 'Acer',
    Modelis: 'Chromebook 314',
    'Sērijas numurs': `SN-${uniqueSuffix()}`,
    'Inventāra numurs': `INV-${uniqueSuffix()}`,
    'Iegādes veids': 'ministry',
    'Lietošanas mērķis': 'issued_individually',
    'Mērķa grupa': 'learners',
    'Vērtība EUR ar PVN': '416.50',
    Statuss: 'available',
    Operētājsistēma: 'ChromeOS',
    'Operatīvā atmiņa (GB)': '4',
    'Datu krātuve (GB)': '64',
    'Ekrāna izmērs (collas)': '14',
  };
  const headers = Object.keys(values);
  return `${headers.join(',')}\n${headers.map((header) => values[header]).join(',')}\n`;
}

const list = (route: string, permission: Permission, insert: (world: World, school: TestInstitution) => Promise<number>): EndpointCase => ({
  method: 'GET',
  route,
  permission,
  success: 200,
  prepare: async (world) => {
    const inside = await insert(world, world.schoolA);
    const outside = await insert(world, world.schoolB);
    return { path: `${route.replace('/api', '')}?filter=${encodeURIComponent(JSON.stringify({ id: [inside, outside] }))}`, listIds: { inside, outside } };
  },
});

const adminOnlyAboveInstitution = (level: AccessLevel) => (level === 'institution' ? 403 : undefined);

const CASES: EndpointCase[] = [
  { method: 'GET', route: '/api/panel/code-lists', permission: 'catalogs.read', success: 200, scoped: false, prepare: async () => ({ path: '/panel/code-lists' }) },
  { method: 'GET', route: '/api/panel/resource-subtypes', permission: 'catalogs.read', success: 200, scoped: false, prepare: async () => ({ path: '/panel/resource-subtypes' }) },
  { method: 'GET', route: '/api/panel/supervisors', permission: 'catalogs.read', success: 200, scoped: false, prepare: async () => ({ path: '/panel/supervisors' }) },
  { method: 'GET', route: '/api/panel/social-statuses', permission: 'catalogs.read', success: 200, scoped: false, prepare: async () => ({ path: '/panel/social-statuses' }) },
  list('/api/panel/institutions', 'institutions.read', async (_world, school) => school.id),
  {
    method: 'GET',
    route: '/api/panel/institutions/:id',
    permission: 'institutions.read',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/institutions/${schoolOf(world, target).id}` }),
  },
  {
    method: 'PUT',
    route: '/api/panel/institutions/:id',
    permission: 'institutions.write',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/institutions/${schoolOf(world, target).id}`, body: { address: 'Skolas iela 2', town: 'Rīga', email: 'skola@example.lv', phone: '+371 67000001' } }),
  },
  {
    method: 'GET',
    route: '/api/panel/institutions/:id/contacts',
    permission: 'institutions.read',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/institutions/${schoolOf(world, target).id}/contacts` }),
  },
  {
    method: 'PUT',
    route: '/api/panel/institutions/:id/contacts',
    permission: 'institutions.write',
    success: 200,
    prepare: async (world, target) => ({
      path: `/panel/institutions/${schoolOf(world, target).id}/contacts`,
      body: {
        contacts: [
          { role: 'director', firstName: 'Dace', lastName: 'Direktore', email: 'director@example.lv', phone: '+371 20000000' },
          { role: 'handover_responsible', firstName: 'Jānis', lastName: 'Bērziņš', email: 'handover@example.lv', phone: '+371 20000001' },
          { role: 'ict_support', firstName: 'Ēriks', lastName: 'Kļaviņš', email: 'ict@example.lv', phone: '+371 20000002' },
          { role: 'data_protection', firstName: 'Līga', lastName: 'Šķēle', email: 'dpo@example.lv', phone: '+371 20000003' },
        ],
      },
    }),
  },
  {
    method: 'GET',
    route: '/api/panel/institutions/:id/settings',
    permission: 'institutions.read',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/institutions/${schoolOf(world, target).id}/settings` }),
  },
  {
    method: 'PUT',
    route: '/api/panel/institutions/:id/settings',
    permission: 'institutions.write',
    success: 200,
    prepare: async (world, target) => ({
      path: `/panel/institutions/${schoolOf(world, target).id}/settings`,
      body: { acceptsApplications: true, subtypes: [{ subtypeId: world.chromebook, open: true, canApply: 'learners' }] },
    }),
  },
  {
    method: 'POST',
    route: '/api/panel/institutions/:id/activate',
    permission: 'institutions.activate',
    success: 200,
    levelRule: adminOnlyAboveInstitution,
    prepare: async (world, target) => ({
      path: `/panel/institutions/${(target === 'inside' ? world.schoolA2 : world.schoolB2).id}/activate`,
      body: { director: { personalCode: newPersonalCode(), firstName: 'Dace', lastName: 'Direktore', email: 'director@example.lv' }, acceptApplications: false },
    }),
  },
  {
    method: 'POST',
    route: '/api/panel/institutions/:id/deactivate',
    permission: 'institutions.activate',
    success: 200,
    levelRule: adminOnlyAboveInstitution,
    prepare: async (world, target) => ({ path: `/panel/institutions/${(target === 'inside' ? world.schoolA2 : world.schoolB2).id}/deactivate` }),
  },

  list('/api/panel/resources', 'resources.read', (world, school) => insertResource(world, school)),
  {
    method: 'GET',
    route: '/api/panel/resources/:id',
    permission: 'resources.read',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/resources/${await insertResource(world, schoolOf(world, target))}` }),
  },
  {
    method: 'POST',
    route: '/api/panel/resources',
    permission: 'resources.write',
    success: 201,
    prepare: async (world, target) => ({ path: '/panel/resources', body: resourceBody(world, schoolOf(world, target)) }),
  },
  {
    method: 'PUT',
    route: '/api/panel/resources/:id',
    permission: 'resources.write',
    success: 200,
    prepare: async (world, target) => {
      const school = schoolOf(world, target);
      return { path: `/panel/resources/${await insertResource(world, school)}`, body: resourceBody(world, school) };
    },
  },

  {
    method: 'GET',
    route: '/api/panel/resources/export',
    permission: 'resources.export',
    success: 200,
    prepare: async (world) => {
      const inside = await insertResource(world, world.schoolA);
      const outside = await insertResource(world, world.schoolB);
      const numbers = await world.app.knex('resources').whereIn('id', [inside, outside]).orderBy('id').pluck('number');
      const filter = encodeURIComponent(JSON.stringify({ id: [inside, outside] }));
      return { path: `/panel/resources/export?format=csv&filter=${filter}`, downloadTexts: { inside: numbers[0], outside: numbers[1] } };
    },
  },
  {
    method: 'GET',
    route: '/api/panel/resources/import-template',
    permission: 'resources.write',
    success: 200,
    scoped: false,
    prepare: async () => ({ path: '/panel/resources/import-template?format=csv' }),
  },
  {
    method: 'POST',
    route: '/api/panel/resources/import',
    permission: 'resources.write',
    success: 201,
    prepare: async (world, target) => ({ path: `/panel/resources/import?institutionId=${schoolOf(world, target).id}`, body: importCsv(), contentType: 'text/csv' }),
  },
  {
    method: 'POST',
    route: '/api/panel/resources/bulk-status',
    permission: 'resources.write',
    success: 200,
    prepare: async (world, target) => ({ path: '/panel/resources/bulk-status', body: { ids: [await insertResource(world, schoolOf(world, target))], status: 'maintenance' } }),
  },
  {
    method: 'POST',
    route: '/api/panel/resources/bulk-location',
    permission: 'resources.write',
    success: 200,
    prepare: async (world, target) => ({ path: '/panel/resources/bulk-location', body: { ids: [await insertResource(world, schoolOf(world, target))], location: 'library' } }),
  },
  {
    method: 'POST',
    route: '/api/panel/resources/bulk-write-off',
    permission: 'resources.write',
    success: 200,
    prepare: async (world, target) => ({
      path: '/panel/resources/bulk-write-off',
      body: { ids: [await insertResource(world, schoolOf(world, target))], date: '2026-12-01', reason: 'Nolietots' },
    }),
  },
  {
    method: 'POST',
    route: '/api/panel/resources/:id/copy',
    permission: 'resources.write',
    success: 201,
    prepare: async (world, target) => ({
      path: `/panel/resources/${await insertResource(world, schoolOf(world, target))}/copy`,
      body: { items: [{ serialNumber: `SN-${uniqueSuffix()}`, inventoryNumber: `INV-${uniqueSuffix()}` }] },
    }),
  },
  {
    method: 'POST',
    route: '/api/panel/resources/:id/write-off',
    permission: 'resources.write',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/resources/${await insertResource(world, schoolOf(world, target))}/write-off`, body: { date: '2026-12-01', reason: 'Nolietots' } }),
  },
  {
    method: 'GET',
    route: '/api/panel/dashboard/resources',
    permission: 'dashboard.resources',
    success: 200,
    // The tile aggregates the profile's scope, which the resource dashboard tests check.
    scoped: false,
    prepare: async () => ({ path: '/panel/dashboard/resources' }),
  },

  list('/api/panel/applications', 'applications.read', (world, school) => insertApplication(world, school)),
  {
    method: 'GET',
    route: '/api/panel/applications/:id',
    permission: 'applications.read',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/applications/${await insertApplication(world, schoolOf(world, target))}` }),
  },
  {
    method: 'POST',
    route: '/api/panel/applications',
    permission: 'applications.create',
    success: 201,
    prepare: async (world, target) => ({
      path: '/panel/applications',
      body: {
        institutionId: schoolOf(world, target).id,
        subtypeId: world.chromebook,
        applicant: { personalCode: newPersonalCode(), firstName: 'Anna', lastName: 'Ozola', role: 'parent_guardian' },
        resourceUser: { personalCode: newPersonalCode(), firstName: 'Roberts', lastName: 'Ozols', kind: 'learner', grade: 7 },
        socialSupport: false,
        socialStatuses: [],
        basisDocumentNumber: '1-12/34',
        basisDocumentDate: '2026-12-01',
      },
    }),
  },
  {
    method: 'POST',
    route: '/api/panel/applications/:id/allocate',
    permission: 'applications.decide',
    success: 201,
    prepare: async (world, target) => {
      const school = schoolOf(world, target);
      return { path: `/panel/applications/${await insertApplication(world, school)}/allocate`, body: { resourceId: await insertResource(world, school) } };
    },
  },
  {
    method: 'POST',
    route: '/api/panel/applications/:id/decline',
    permission: 'applications.decide',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/applications/${await insertApplication(world, schoolOf(world, target))}/decline`, body: { reason: 'Nav pieejamu ierīču' } }),
  },
  {
    method: 'POST',
    route: '/api/panel/applications/:id/postpone',
    permission: 'applications.decide',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/applications/${await insertApplication(world, schoolOf(world, target))}/postpone`, body: {} }),
  },

  list('/api/panel/handover-acts', 'handover-acts.read', (world, school) => insertAct(world, school, 'draft')),
  {
    method: 'GET',
    route: '/api/panel/handover-acts/:id',
    permission: 'handover-acts.read',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/handover-acts/${await insertAct(world, schoolOf(world, target), 'draft')}` }),
  },
  {
    method: 'POST',
    route: '/api/panel/handover-acts/:id/prepare',
    permission: 'handover-acts.work',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/handover-acts/${await insertAct(world, schoolOf(world, target), 'draft')}/prepare`, body: {} }),
  },
  {
    method: 'POST',
    route: '/api/panel/handover-acts/:id/issue',
    permission: 'handover-acts.work',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/handover-acts/${await insertAct(world, schoolOf(world, target), 'prepared')}/issue`, body: { recipientName: 'Ilze Kalniņa' } }),
  },
  {
    method: 'POST',
    route: '/api/panel/handover-acts/:id/return',
    permission: 'handover-acts.work',
    success: 200,
    prepare: async (world, target) => ({
      path: `/panel/handover-acts/${await insertAct(world, schoolOf(world, target), 'issued')}/return`,
      body: { condition: 'working', resourceStatus: 'available' },
    }),
  },
  {
    method: 'POST',
    route: '/api/panel/handover-acts/:id/loss',
    permission: 'handover-acts.work',
    success: 200,
    prepare: async (world, target) => ({
      path: `/panel/handover-acts/${await insertAct(world, schoolOf(world, target), 'issued')}/loss`,
      body: { kind: 'stolen', circumstances: 'Nozagts autobusā' },
    }),
  },
  {
    method: 'POST',
    route: '/api/panel/handover-acts/:id/cancel',
    permission: 'handover-acts.work',
    success: 200,
    prepare: async (world, target) => ({
      path: `/panel/handover-acts/${await insertAct(world, schoolOf(world, target), 'draft')}/cancel`,
      body: { reason: 'Vecāki atteicās', applicationOutcome: 'withdrawn' },
    }),
  },
  {
    method: 'GET',
    route: '/api/panel/handover-acts/:id/document',
    permission: 'handover-acts.document',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/handover-acts/${await insertAct(world, schoolOf(world, target), 'issued')}/document?format=docx` }),
  },

  list('/api/panel/users', 'users.read', async (world, school) => (await createStaff(world.app, { level: 'institution', institutionId: school.id, roles: ['report_viewer'] })).userId),
  {
    method: 'GET',
    route: '/api/panel/users/:id',
    permission: 'users.read',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/users/${(await insertProfile(world, target)).userId}` }),
  },
  {
    method: 'POST',
    route: '/api/panel/users',
    permission: 'users.write',
    success: 201,
    // A person is not tied to a scope until a profile is given; any administrator may register one.
    scoped: false,
    prepare: async () => ({ path: '/panel/users', body: { personalCode: newPersonalCode(), firstName: 'Pēteris', lastName: 'Jauniņš' } }),
  },
  {
    method: 'PUT',
    route: '/api/panel/users/:id',
    permission: 'users.write',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/users/${(await insertProfile(world, target)).userId}`, body: { firstName: 'Testa', lastName: 'Pārdēvēts', blocked: false } }),
  },
  list('/api/panel/profiles', 'profiles.read', async (world, school) => (await createStaff(world.app, { level: 'institution', institutionId: school.id, roles: ['report_viewer'] })).profileId),
  {
    method: 'GET',
    route: '/api/panel/profiles/:id',
    permission: 'profiles.read',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/profiles/${(await insertProfile(world, target)).profileId}` }),
  },
  {
    method: 'POST',
    route: '/api/panel/profiles',
    permission: 'profiles.write',
    success: 201,
    prepare: async (world, target) => {
      const person = await insertProfile(world, 'inside');
      return { path: '/panel/profiles', body: { userId: person.userId, level: 'institution', institutionId: schoolOf(world, target).id, roles: ['resource_issuer'] } };
    },
  },
  {
    method: 'PUT',
    route: '/api/panel/profiles/:id',
    permission: 'profiles.write',
    success: 200,
    prepare: async (world, target) => {
      const person = await insertProfile(world, target);
      return {
        path: `/panel/profiles/${person.profileId}`,
        body: { userId: person.userId, level: 'institution', institutionId: schoolOf(world, target).id, roles: ['resource_issuer', 'report_viewer'] },
      };
    },
  },
  {
    method: 'DELETE',
    route: '/api/panel/profiles/:id',
    permission: 'profiles.write',
    success: 200,
    prepare: async (world, target) => ({ path: `/panel/profiles/${(await insertProfile(world, target)).profileId}` }),
  },
];

function expectedStatus(endpoint: EndpointCase, actor: Actor, target: Target, isList: boolean): number {
  if (!hasPermission(actor.roles, endpoint.permission)) {
    return 403;
  }
  const forced = endpoint.levelRule?.(actor.level);
  if (forced !== undefined) {
    return forced;
  }
  if (!isList && endpoint.scoped !== false && target === 'outside' && actor.level !== 'state') {
    return 404;
  }
  return endpoint.success;
}

describe('access matrix of the panel API', () => {
  let world: World;
  const actors: Actor[] = [];

  beforeAll(async () => {
    const app = await startApp();
    const schoolA = await createInstitution(app, { supervisorCode: 'LV-RIX' });
    const schoolA2 = await createInstitution(app, { supervisorCode: 'LV-RIX', status: 'inactive', accepting: false });
    const schoolB = await createInstitution(app, { supervisorCode: 'LV-DGV' });
    const schoolB2 = await createInstitution(app, { supervisorCode: 'LV-DGV', status: 'inactive', accepting: false });
    world = { app, schoolA, schoolA2, schoolB, schoolB2, chromebook: await subtypeIdOf(app.knex, 'chromebook') };
    const levels: Array<{ level: AccessLevel; institutionId?: number; supervisorId?: number }> = [
      { level: 'institution', institutionId: schoolA.id },
      { level: 'municipality', supervisorId: schoolA.supervisorId },
      { level: 'state' },
    ];
    for (const level of levels) {
      for (const role of ROLES) {
        const staff = await createStaff(app, { ...level, roles: [role] });
        actors.push({ level: level.level, roles: [role], agent: await loginAs(app, staff.userId) });
      }
    }
  });

  afterAll(async () => {
    await world.app.stop();
  });

  it('has a row for every panel route', () => {
    const apis = world.app.strapi.apis as unknown as Record<string, { routes: Record<string, { routes: Array<{ method: string; path: string }> }> }>;
    const routes = Object.values(apis.panel.routes).flatMap((group) => group.routes.map((route) => `${route.method} /api${route.path}`));
    const covered = new Set(CASES.map((endpoint) => `${endpoint.method} ${endpoint.route}`));
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers 401 to every panel route without a session', async () => {
    for (const endpoint of CASES) {
      const path = endpoint.route.replace(':id', '1');
      const response = await world.app.http[endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path).send({});
      expect(`${endpoint.method} ${path} ${response.status}`).toBe(`${endpoint.method} ${path} 401`);
    }
  });

  describe.each(CASES.map((endpoint) => [`${endpoint.method} ${endpoint.route}`, endpoint] as const))('%s', (_name, endpoint) => {
    it.each(['inside', 'outside'] as const)('answers the exact status to each role and level (%s scope)', async (target) => {
      const failures: string[] = [];
      for (const actor of actors) {
        const prepared = await endpoint.prepare(world, target, actor);
        const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
        const request = actor.agent[method](`/api${prepared.path}`);
        if (prepared.contentType) {
          request.set('Content-Type', prepared.contentType);
        }
        const response = prepared.body === undefined ? await request : await request.send(prepared.body as object);
        const isList = prepared.listIds !== undefined || prepared.downloadTexts !== undefined;
        const expected = expectedStatus(endpoint, actor, target, isList);
        const label = `${actor.level}/${actor.roles.join('+')}`;
        if (response.status !== expected) {
          failures.push(`${label}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body?.error ?? '')}`);
          continue;
        }
        if (prepared.downloadTexts && response.status === 200) {
          const text = response.text;
          const seesOutside = actor.level === 'state';
          if (!text.includes(prepared.downloadTexts.inside) || text.includes(prepared.downloadTexts.outside) !== seesOutside) {
            failures.push(`${label}: download scope wrong (inside ${text.includes(prepared.downloadTexts.inside)}, outside ${text.includes(prepared.downloadTexts.outside)})`);
          }
        }
        if (prepared.listIds && response.status === 200) {
          const ids = (response.body as Array<{ id: number }>).map((row) => row.id).sort((a, b) => a - b);
          const visible = actor.level === 'state' ? [prepared.listIds.inside, prepared.listIds.outside].sort((a, b) => a - b) : [prepared.listIds.inside];
          if (JSON.stringify(ids) !== JSON.stringify(visible)) {
            failures.push(`${label}: list returned ${JSON.stringify(ids)}, expected ${JSON.stringify(visible)}`);
          }
          const total = Number(String(response.headers['content-range']).split('/')[1]);
          if (total !== visible.length) {
            failures.push(`${label}: Content-Range total ${total}, expected ${visible.length}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  });
});
