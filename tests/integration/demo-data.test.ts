import { isValidPersonalCode, mixesAdminAndDailyRoles, ROLES } from '@rumis/access';
import { seedDemoData } from '../../cms/src/bootstrap/demo-data';
import { DEMO_PERSONS } from '../../cms/src/bootstrap/demo/person-definitions';
import { DEMO_SCHOOLS } from '../../cms/src/bootstrap/demo/schools';
import { startApp, type TestApp } from '../support/app';
import { loginAs } from '../support/fixtures';

/** Tables the demo seed writes to. A second seed must leave every count unchanged. */
const SEEDED_TABLES = [
  'institutions',
  'institution_contacts',
  'subtype_settings',
  'up_users',
  'profiles',
  'resources',
  'resource_status_changes',
  'applications',
  'application_status_changes',
  'handover_acts',
  'handover_act_status_changes',
  'rumis_counters',
];

function rolesOf(row: { roles: unknown }): string[] {
  return (typeof row.roles === 'string' ? JSON.parse(row.roles) : row.roles) as string[];
}

function totalOf(contentRange: string | undefined): number {
  const match = /\/(\d+)$/.exec(contentRange ?? '');
  if (!match) {
    throw new Error(`Content-Range header "${contentRange}" has no total`);
  }
  return Number(match[1]);
}

describe('demo data set', () => {
  let app: TestApp;
  let schoolIds: Map<string, number>;

  async function userIdOf(username: string): Promise<number> {
    const user = await app.knex('up_users').where('username', username).first('id');
    return user.id;
  }

  async function applicationCount(schoolKey: string): Promise<number> {
    const [{ count }] = await app
      .knex('applications')
      .where('institution_id', schoolIds.get(schoolKey))
      .count<{ count: string }[]>({ count: '*' });
    return Number(count);
  }

  beforeAll(async () => {
    app = await startApp();
    const rows = await app
      .knex('institutions')
      .whereIn(
        'registration_number',
        DEMO_SCHOOLS.map((school) => school.registrationNumber),
      )
      .select('id', 'registration_number');
    schoolIds = new Map(
      DEMO_SCHOOLS.map((school) => [school.key, rows.find((row) => row.registration_number === school.registrationNumber)?.id]),
    );
  });

  afterAll(async () => {
    await app.stop();
  });

  it('demo schools are active with contacts and settings', async () => {
    const schools = await app
      .knex('institutions as i')
      .join('supervisors as sv', 'sv.id', 'i.supervisor_id')
      .whereIn('i.id', [...schoolIds.values()])
      .select('i.id', 'i.status', 'i.accepts_applications', 'i.address', 'i.email', 'i.phone', 'sv.code as supervisor_code');
    expect(schools).toHaveLength(3);
    expect(new Set(schools.map((school) => school.supervisor_code)).size).toBe(3);

    for (const school of schools) {
      expect(school.status).toBe('active');
      expect(school.accepts_applications).toBe(true);
      expect(school.address).toBeTruthy();
      expect(school.email).toBeTruthy();
      expect(school.phone).toBeTruthy();
      const contactRoles = await app.knex('institution_contacts').where('institution_id', school.id).pluck('role');
      expect([...contactRoles].sort()).toEqual(['data_protection', 'director', 'handover_responsible', 'ict_support']);
      const settings = await app
        .knex('subtype_settings as ss')
        .join('resource_subtypes as s', 's.id', 'ss.subtype_id')
        .where('ss.institution_id', school.id)
        .orderBy('s.code')
        .select('s.code', 'ss.open', 'ss.can_apply');
      expect(settings).toEqual([
        { code: 'chromebook', open: true, can_apply: 'learners' },
        { code: 'tablet', open: false, can_apply: 'learners' },
        { code: 'windows_laptop', open: true, can_apply: 'employees' },
      ]);
    }
  });

  it('demo resources span the three schools', async () => {
    const resources = await app
      .knex('resources')
      .whereIn('institution_id', [...schoolIds.values()])
      .select('*');
    expect(resources.length).toBeGreaterThanOrEqual(30);
    expect(new Set(resources.map((resource) => resource.institution_id)).size).toBe(3);

    const statuses = new Set(resources.map((resource) => resource.status));
    for (const status of ['available', 'reserved', 'in_use', 'maintenance', 'damaged']) {
      expect(statuses).toContain(status);
    }
    const forLearners = ['learners', 'socially_disadvantaged_learners'];
    const available = resources.filter(
      (resource) =>
        resource.status === 'available' && resource.usage_purpose === 'issued_individually' && forLearners.includes(resource.target_group),
    );
    expect(available.length).toBeGreaterThan(resources.length / 2);
    const social = resources.filter((resource) => resource.social_support);
    expect(social.length).toBeGreaterThanOrEqual(2);
    expect(social.every((resource) => resource.target_group === 'socially_disadvantaged_learners')).toBe(true);
    expect(resources.some((resource) => resource.target_group === 'employees')).toBe(true);
    expect(resources.some((resource) => resource.usage_purpose === 'institution_learning')).toBe(true);

    for (const resource of resources) {
      const registrationNumber = DEMO_SCHOOLS.find((school) => schoolIds.get(school.key) === resource.institution_id)?.registrationNumber;
      expect(resource.number).toBe(`RES-${registrationNumber}-${resource.sequence}`);
    }
  });

  it('demo applications cover five statuses', async () => {
    const applications = await app
      .knex('applications')
      .whereIn('institution_id', [...schoolIds.values()])
      .select('*');
    expect(applications.length).toBeGreaterThanOrEqual(20);
    expect(new Set(applications.map((application) => application.status)).size).toBeGreaterThanOrEqual(5);

    const tenDaysAgo = Date.now() - 10 * 24 * 60 * 60 * 1000;
    const overdue = applications.filter(
      (application) => application.status === 'submitted' && new Date(application.submitted_at).getTime() < tenDaysAgo,
    );
    expect(overdue.length).toBeGreaterThanOrEqual(2);

    for (const application of applications) {
      expect(isValidPersonalCode(application.user_personal_code)).toBe(true);
      expect(isValidPersonalCode(application.applicant_personal_code)).toBe(true);
      if (application.user_kind === 'learner') {
        expect([7, 8, 9]).toContain(application.grade);
        expect(application.applicant_role).toBe('parent_guardian');
      }
      if (application.status === 'declined') {
        expect(application.decision_reason).toBeTruthy();
      }
      if (['submitted', 'postponed'].includes(application.status)) {
        expect(application.active_key).not.toBeNull();
      }
      if (['declined', 'withdrawn'].includes(application.status)) {
        expect(application.active_key).toBeNull();
      }
    }
  });

  it('demo acts match resource and application statuses', async () => {
    const acts = await app
      .knex('handover_acts as h')
      .join('resources as r', 'r.id', 'h.resource_id')
      .join('applications as a', 'a.id', 'h.application_id')
      .whereIn('h.institution_id', [...schoolIds.values()])
      .select(
        'h.id',
        'h.status',
        'h.active_resource_id',
        'h.active_application_id',
        'h.resource_id',
        'h.application_id',
        'r.status as resource_status',
        'a.status as application_status',
        'a.active_key',
      );
    expect(new Set(acts.map((act) => act.status))).toEqual(new Set(['draft', 'prepared', 'issued', 'returned', 'cancelled']));

    for (const act of acts) {
      const active = ['draft', 'prepared', 'issued'].includes(act.status);
      expect(act.active_resource_id).toBe(active ? act.resource_id : null);
      expect(act.active_application_id).toBe(active ? act.application_id : null);
      if (active) {
        expect(act.resource_status).toBe(act.status === 'issued' ? 'in_use' : 'reserved');
        expect(act.application_status).toBe('approved');
        expect(act.active_key).not.toBeNull();
      } else {
        expect(act.active_key).toBeNull();
      }
      const history = await app
        .knex('handover_act_status_changes')
        .where('handover_act_id', act.id)
        .orderBy('changed_at')
        .pluck('to_status');
      expect(history[0]).toBe('draft');
      expect(history[history.length - 1]).toBe(act.status);
    }

    const reservedOrInUse = await app
      .knex('resources')
      .whereIn('institution_id', [...schoolIds.values()])
      .whereIn('status', ['reserved', 'in_use'])
      .pluck('id');
    const activeActResources = acts.filter((act) => act.active_resource_id !== null).map((act) => act.resource_id);
    expect([...reservedOrInUse].sort()).toEqual([...activeActResources].sort());
  });

  it('demo profiles cover every role at every level', async () => {
    const users = await app
      .knex('up_users')
      .whereIn(
        'username',
        DEMO_PERSONS.map((person) => person.username),
      )
      .select('id', 'personal_code', 'provider', 'confirmed', 'blocked');
    expect(users).toHaveLength(DEMO_PERSONS.length);
    for (const user of users) {
      expect(isValidPersonalCode(user.personal_code)).toBe(true);
      expect(user.provider).toBe('latvija.lv');
      expect(user.confirmed).toBe(true);
      expect(user.blocked).toBe(false);
    }

    const profiles = await app
      .knex('profiles')
      .whereIn(
        'user_id',
        users.map((user) => user.id),
      )
      .select('user_id', 'level', 'supervisor_id', 'institution_id', 'roles');
    for (const profile of profiles) {
      expect(mixesAdminAndDailyRoles(rolesOf(profile))).toBe(false);
    }
    const rolesAt = (predicate: (profile: (typeof profiles)[number]) => boolean) => new Set(profiles.filter(predicate).flatMap(rolesOf));

    expect(rolesAt((profile) => profile.level === 'state')).toEqual(new Set(['admin', 'report_viewer']));
    const riga = await app.knex('supervisors').where('code', 'LV-RIX').first('id');
    expect(rolesAt((profile) => profile.level === 'municipality' && profile.supervisor_id === riga.id)).toEqual(
      new Set(['admin', 'report_viewer']),
    );
    for (const [key, institutionId] of schoolIds) {
      const schoolRoles = rolesAt((profile) => profile.level === 'institution' && profile.institution_id === institutionId);
      expect({ school: key, roles: [...schoolRoles].sort() }).toEqual({ school: key, roles: [...ROLES].sort() });
    }

    const profileCounts = new Map<number, number>();
    for (const profile of profiles) {
      profileCounts.set(profile.user_id, (profileCounts.get(profile.user_id) ?? 0) + 1);
    }
    expect([...profileCounts.values()].some((count) => count >= 2)).toBe(true);
  });

  it('second seed adds nothing', async () => {
    const countAll = async () => {
      const counts: Record<string, number> = {};
      for (const table of SEEDED_TABLES) {
        const [{ count }] = await app.knex(table).count<{ count: string }[]>({ count: '*' });
        counts[table] = Number(count);
      }
      const [{ sum }] = await app.knex('rumis_counters').sum<{ sum: string }[]>({ sum: 'value' });
      counts.counterValues = Number(sum);
      return counts;
    };
    const before = await countAll();

    await seedDemoData(app.strapi);

    expect(await countAll()).toEqual(before);
  });

  it('demo reviewer lists applications', async () => {
    const agent = await loginAs(app, await userIdOf('laura.zarina'));
    const response = await agent.get('/api/panel/applications').query({ range: '[0,99]' });
    expect(response.status).toBe(200);
    expect(response.headers['content-range']).toMatch(/^applications 0-\d+\/\d+$/);
    expect(totalOf(response.headers['content-range'])).toBe(await applicationCount('riga'));
    expect(response.body.every((row: { institutionId: number }) => row.institutionId === schoolIds.get('riga'))).toBe(true);
  });

  it('two-profile user switches schools', async () => {
    const agent = await loginAs(app, await userIdOf('santa.lace'));
    const session = await agent.get('/api/session');
    expect(session.body.activeProfileId).toBeNull();
    expect(session.body.profiles).toHaveLength(2);

    for (const key of ['valmiera', 'riga']) {
      const profile = session.body.profiles.find((candidate: { institutionId: number }) => candidate.institutionId === schoolIds.get(key));
      const selected = await agent.post('/api/session/profile').send({ profileId: profile.id });
      expect(selected.status).toBe(200);
      const list = await agent.get('/api/panel/applications');
      expect(list.status).toBe(200);
      expect(totalOf(list.headers['content-range'])).toBe(await applicationCount(key));
    }
  });

  it('demo issuer downloads an issued act', async () => {
    const act = await app
      .knex('handover_acts')
      .where({ institution_id: schoolIds.get('riga'), status: 'issued' })
      .first('id');
    const agent = await loginAs(app, await userIdOf('martins.klavins'));
    const document = await agent.get(`/api/panel/handover-acts/${act.id}/document?format=docx`).responseType('blob');
    expect(document.status).toBe(200);
    expect(document.headers['content-type']).toContain('wordprocessingml');
    expect((document.body as Buffer).length).toBeGreaterThan(0);
  });
});
