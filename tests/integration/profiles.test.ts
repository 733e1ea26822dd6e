import { startApp, type TestApp } from '../support/app';
import { createInstitution, createStaff, loginAs, type TestInstitution } from '../support/fixtures';
import { newPersonalCode } from '../support/people';

describe('profiles: admin and daily roles, expiry, blocking and sessions', () => {
  let app: TestApp;
  let school: TestInstitution;
  let otherSchool: TestInstitution;
  let admin: Awaited<ReturnType<typeof loginAs>>;

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app);
    otherSchool = await createInstitution(app, { supervisorCode: 'LV-DGV' });
    const schoolAdmin = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['admin'] });
    admin = await loginAs(app, schoolAdmin.userId);
  });

  afterAll(async () => {
    await app.stop();
  });

  async function newUser(): Promise<number> {
    const response = await admin.post('/api/panel/users').send({ personalCode: newPersonalCode(), firstName: 'Anna', lastName: 'Bērziņa' });
    expect(response.status).toBe(201);
    return response.body.id;
  }

  it('rejects a profile that mixes the administrator role with daily roles, citing the rule', async () => {
    const userId = await newUser();
    const response = await admin.post('/api/panel/profiles').send({ userId, level: 'institution', institutionId: school.id, roles: ['admin', 'resource_manager'] });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('ROLES_ADMIN_AND_DAILY');
    expect(response.body.error.field).toBe('roles');
    expect(response.body.error.message).toContain('Nr. 442');
    const [{ count }] = await app.knex('profiles').where('user_id', userId).count({ count: '*' });
    expect(Number(count)).toBe(0);
  });

  it('accepts the administrator role alone and any set of daily roles', async () => {
    const userId = await newUser();
    const adminProfile = await admin.post('/api/panel/profiles').send({ userId, level: 'institution', institutionId: school.id, roles: ['admin'] });
    expect(adminProfile.status).toBe(201);
    const daily = await admin.post('/api/panel/profiles').send({ userId, level: 'institution', institutionId: school.id, roles: ['resource_manager', 'resource_issuer', 'report_viewer'] });
    expect(daily.status).toBe(201);
  });

  it('rejects mixed roles written past the services, in the database', async () => {
    const user = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['report_viewer'] });
    await expect(app.knex('profiles').where('id', user.profileId).update({ roles: JSON.stringify(['admin', 'report_viewer']) })).rejects.toMatchObject({
      constraint: 'profiles_admin_alone_chk',
    });
  });

  it('rejects an empty, unknown or repeated role', async () => {
    const userId = await newUser();
    for (const [roles, code] of [
      [[], 'ROLES_REQUIRED'],
      [['superuser'], 'ROLE_UNKNOWN'],
      [['report_viewer', 'report_viewer'], 'ROLE_DUPLICATE'],
    ] as const) {
      const response = await admin.post('/api/panel/profiles').send({ userId, level: 'institution', institutionId: school.id, roles });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe(code);
    }
  });

  it('refuses rights above the administrator level or outside its object', async () => {
    const userId = await newUser();
    const above = await admin.post('/api/panel/profiles').send({ userId, level: 'municipality', supervisorId: school.supervisorId, roles: ['report_viewer'] });
    expect(above.status).toBe(403);
    expect(above.body.error.code).toBe('LEVEL_ABOVE_OWN');
    const state = await admin.post('/api/panel/profiles').send({ userId, level: 'state', roles: ['admin'] });
    expect(state.status).toBe(403);
    const elsewhere = await admin.post('/api/panel/profiles').send({ userId, level: 'institution', institutionId: otherSchool.id, roles: ['report_viewer'] });
    expect(elsewhere.status).toBe(404);
  });

  it('lets a supervisor administrator give school rights only in its own schools', async () => {
    const supervisorAdmin = await createStaff(app, { level: 'municipality', supervisorId: school.supervisorId, roles: ['admin'] });
    const agent = await loginAs(app, supervisorAdmin.userId);
    const userId = await newUser();
    const own = await agent.post('/api/panel/profiles').send({ userId, level: 'institution', institutionId: school.id, roles: ['admin'] });
    expect(own.status).toBe(201);
    const foreign = await agent.post('/api/panel/profiles').send({ userId, level: 'institution', institutionId: otherSchool.id, roles: ['admin'] });
    expect(foreign.status).toBe(404);
    const ownLevel = await agent.post('/api/panel/profiles').send({ userId, level: 'municipality', supervisorId: school.supervisorId, roles: ['report_viewer'] });
    expect(ownLevel.status).toBe(201);
    const otherSupervisor = await agent.post('/api/panel/profiles').send({ userId, level: 'municipality', supervisorId: otherSchool.supervisorId, roles: ['report_viewer'] });
    expect(otherSupervisor.status).toBe(404);
  });

  it('forbids an administrator from changing its own profile', async () => {
    const me = await admin.get('/api/session');
    const profileId = me.body.activeProfileId;
    const response = await admin.put(`/api/panel/profiles/${profileId}`).send({ userId: me.body.user.id, level: 'institution', institutionId: school.id, roles: ['admin'] });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('OWN_PROFILE');
  });

  it('does not let an expired profile act', async () => {
    const expired = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'], validUntil: '2020-01-01' });
    const agent = await loginAs(app, expired.userId);
    const session = await agent.get('/api/session');
    expect(session.body.activeProfileId).toBeNull();
    expect(session.body.profiles[0].usable).toBe(false);
    const choose = await agent.post('/api/session/profile').send({ profileId: expired.profileId });
    expect(choose.status).toBe(403);
    expect(choose.body.error.code).toBe('PROFILE_NOT_USABLE');
    const list = await agent.get('/api/panel/resources');
    expect(list.status).toBe(403);
    expect(list.body.error.code).toBe('PROFILE_REQUIRED');
  });

  it('does not let a blocked profile act', async () => {
    const blocked = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'], blocked: true });
    const agent = await loginAs(app, blocked.userId);
    expect((await agent.get('/api/panel/resources')).status).toBe(403);
  });

  it('stops a profile the moment it expires, even in a live session', async () => {
    const staff = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'] });
    const agent = await loginAs(app, staff.userId);
    expect((await agent.get('/api/panel/resources')).status).toBe(200);
    await app.knex('profiles').where('id', staff.profileId).update({ valid_until: '2020-01-01' });
    expect((await agent.get('/api/panel/resources')).status).toBe(403);
  });

  it('ends the sessions of a profile whose roles change', async () => {
    const staff = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'] });
    const agent = await loginAs(app, staff.userId);
    expect((await agent.get('/api/panel/resources')).status).toBe(200);
    const response = await admin.put(`/api/panel/profiles/${staff.profileId}`).send({ userId: staff.userId, level: 'institution', institutionId: school.id, roles: ['report_viewer'] });
    expect(response.status).toBe(200);
    expect(response.body.sessionsEnded).toBe(1);
    const after = await agent.get('/api/panel/resources');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('SESSION_REQUIRED');
  });

  it('keeps the sessions when only contact details change', async () => {
    const staff = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'] });
    const agent = await loginAs(app, staff.userId);
    const response = await admin
      .put(`/api/panel/profiles/${staff.profileId}`)
      .send({ userId: staff.userId, level: 'institution', institutionId: school.id, roles: ['resource_manager'], phone: '+371 29999999', jobTitle: 'Lietvede' });
    expect(response.status).toBe(200);
    expect(response.body.sessionsEnded).toBe(0);
    expect((await agent.get('/api/panel/resources')).status).toBe(200);
  });

  it('ends the sessions of a blocked profile and of an ended one', async () => {
    for (const change of ['block', 'end'] as const) {
      const staff = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'] });
      const agent = await loginAs(app, staff.userId);
      const response =
        change === 'block'
          ? await admin.put(`/api/panel/profiles/${staff.profileId}`).send({ userId: staff.userId, level: 'institution', institutionId: school.id, roles: ['resource_manager'], blocked: true })
          : await admin.delete(`/api/panel/profiles/${staff.profileId}`);
      expect(response.status).toBe(200);
      expect(response.body.usable).toBe(false);
      expect((await agent.get('/api/panel/resources')).status).toBe(401);
    }
  });

  it('blocks a user whose profiles are all in scope, and refuses otherwise', async () => {
    const staff = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'] });
    const agent = await loginAs(app, staff.userId);
    const user = await admin.get(`/api/panel/users/${staff.userId}`);
    const blocked = await admin.put(`/api/panel/users/${staff.userId}`).send({ firstName: user.body.firstName, lastName: user.body.lastName, blocked: true });
    expect(blocked.status).toBe(200);
    expect(blocked.body.blocked).toBe(true);
    expect((await agent.get('/api/panel/resources')).status).toBe(401);
    const relogin = await app.agent().post('/api/session/dev-login').send({ userId: staff.userId });
    expect(relogin.status).toBe(403);
    expect(relogin.body.error.code).toBe('USER_BLOCKED');

    const shared = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['report_viewer'] });
    await app.knex('profiles').insert({
      ...(await app.knex('profiles').where('id', shared.profileId).first('document_id', 'created_at', 'updated_at', 'published_at')),
      document_id: `other-${shared.profileId}`,
      user_id: shared.userId,
      level: 'institution',
      institution_id: otherSchool.id,
      roles: JSON.stringify(['report_viewer']),
      blocked: false,
    });
    const refused = await admin.put(`/api/panel/users/${shared.userId}`).send({ firstName: 'Testa', lastName: 'Darbinieks', blocked: true });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('USER_HAS_OTHER_PROFILES');
  });

  it('lists unprofiled person to registering scope', async () => {
    const lastName = `Bezprofila${Date.now()}`;
    const created = await admin.post('/api/panel/users').send({ personalCode: newPersonalCode(), firstName: 'Līva', lastName });
    expect(created.status).toBe(201);
    const userId = created.body.id as number;
    const search = { filter: JSON.stringify({ q: lastName }) };

    // The registering school's administrator finds the person in the list and opens them.
    const listed = await admin.get('/api/panel/users').query(search);
    expect(listed.status).toBe(200);
    expect(listed.body.map((row: { id: number }) => row.id)).toEqual([userId]);
    expect((await admin.get(`/api/panel/users/${userId}`)).status).toBe(200);

    // So does the school's supervisor administrator.
    const supervisorAdmin = await loginAs(app, (await createStaff(app, { level: 'municipality', supervisorId: school.supervisorId, roles: ['admin'] })).userId);
    expect((await supervisorAdmin.get('/api/panel/users').query(search)).body.map((row: { id: number }) => row.id)).toEqual([userId]);
    expect((await supervisorAdmin.get(`/api/panel/users/${userId}`)).status).toBe(200);

    // Another school's and another municipality's administrators do not see the person.
    const otherAdmin = await loginAs(app, (await createStaff(app, { level: 'institution', institutionId: otherSchool.id, roles: ['admin'] })).userId);
    expect((await otherAdmin.get('/api/panel/users').query(search)).body).toEqual([]);
    expect((await otherAdmin.get(`/api/panel/users/${userId}`)).status).toBe(404);
    const otherSupervisorAdmin = await loginAs(
      app,
      (await createStaff(app, { level: 'municipality', supervisorId: otherSchool.supervisorId, roles: ['admin'] })).userId,
    );
    expect((await otherSupervisorAdmin.get(`/api/panel/users/${userId}`)).status).toBe(404);

    // Once the person has a profile at the other school, the profile decides and the registering school loses access.
    await app.knex('profiles').insert({
      document_id: `doc-${userId}`,
      created_at: new Date(),
      updated_at: new Date(),
      published_at: new Date(),
      user_id: userId,
      level: 'institution',
      institution_id: otherSchool.id,
      roles: JSON.stringify(['report_viewer']),
      blocked: false,
    });
    expect((await otherAdmin.get(`/api/panel/users/${userId}`)).status).toBe(200);
    expect((await admin.get(`/api/panel/users/${userId}`)).status).toBe(404);
  });

  it('registers a person once and returns the existing one for the same code', async () => {
    const personalCode = newPersonalCode();
    const first = await admin.post('/api/panel/users').send({ personalCode, firstName: 'Kārlis', lastName: 'Ozols' });
    const second = await admin.post('/api/panel/users').send({ personalCode: `${personalCode.slice(0, 6)}-${personalCode.slice(6)}`, firstName: 'Kārlis', lastName: 'Ozols' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ id: first.body.id, existing: true });
    const invalid = await admin.post('/api/panel/users').send({ personalCode: '31021012345', firstName: 'X', lastName: 'Y' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('PERSONAL_CODE_INVALID');
  });
});

describe('institution activation and application settings', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app.stop();
  });

  it('activates a school, grants its director the administrator profile and e-mails the school', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const school = await createInstitution(app, { status: 'inactive', accepting: false });
    const supervisorAdmin = await createStaff(app, { level: 'municipality', supervisorId: school.supervisorId, roles: ['admin'] });
    const agent = await loginAs(app, supervisorAdmin.userId);
    const outbox = String(app.strapi.config.get('plugin::email.providerOptions.dir'));
    const before = fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0;
    const directorCode = newPersonalCode();
    const response = await agent
      .post(`/api/panel/institutions/${school.id}/activate`)
      .send({ director: { personalCode: directorCode, firstName: 'Dace', lastName: 'Liepa', email: 'dace.liepa@example.lv' }, acceptApplications: true });
    expect(response.status).toBe(200);
    expect(response.body.emailSent).toBe(true);
    const institution = await app.knex('institutions').where('id', school.id).first('status', 'accepts_applications');
    expect(institution).toEqual({ status: 'active', accepts_applications: true });
    const profile = await app.knex('profiles').where('id', response.body.profileId).first('level', 'institution_id', app.knex.raw('roles::text as roles'));
    expect(profile).toEqual({ level: 'institution', institution_id: school.id, roles: '["admin"]' });
    const messages = fs.readdirSync(outbox).sort();
    expect(messages.length).toBe(before + 1);
    const message = JSON.parse(fs.readFileSync(path.join(outbox, messages[messages.length - 1]), 'utf8'));
    expect(message.to).toBe('dace.liepa@example.lv');
    expect(message.text).toContain(school.name);
    expect(message.text).not.toContain(directorCode);
  });

  it('refuses activation by a school administrator', async () => {
    const school = await createInstitution(app, { status: 'inactive', accepting: false });
    const schoolAdmin = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['admin'] });
    const agent = await loginAs(app, schoolAdmin.userId);
    const response = await agent.post(`/api/panel/institutions/${school.id}/activate`).send({ director: { personalCode: newPersonalCode(), firstName: 'A', lastName: 'B' } });
    expect(response.status).toBe(403);
  });

  it('refuses to accept applications without an open subtype', async () => {
    const school = await createInstitution(app, { subtypes: { chromebook: { open: true, canApply: 'learners' } } });
    const schoolAdmin = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['admin'] });
    const agent = await loginAs(app, schoolAdmin.userId);
    const chromebook = (await app.knex('resource_subtypes').where('code', 'chromebook').first('id')).id;
    const response = await agent.put(`/api/panel/institutions/${school.id}/settings`).send({ acceptsApplications: true, subtypes: [{ subtypeId: chromebook, open: false, canApply: 'learners' }] });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('NO_OPEN_SUBTYPE');
    expect(response.body.error.message).toContain('tukšu resursu sarakstu');
    const setting = await app.knex('subtype_settings').where({ institution_id: school.id, subtype_id: chromebook }).first('open');
    expect(setting.open).toBe(true);
    const closing = await agent.put(`/api/panel/institutions/${school.id}/settings`).send({ acceptsApplications: false, subtypes: [{ subtypeId: chromebook, open: false, canApply: 'learners' }] });
    expect(closing.status).toBe(200);
    expect(closing.body.acceptsApplications).toBe(false);
  });
});
