import { startApp, type TestApp } from '../support/app';
import {
  chromebookInput,
  createInstitution,
  createStaff,
  eserviceApplication,
  loginAs,
  staffAgent,
  subtypeIdOf,
  type TestInstitution,
} from '../support/fixtures';

type Agent = Awaited<ReturnType<typeof loginAs>>;

describe('allocation eligibility rules', () => {
  let app: TestApp;
  let school: TestInstitution;
  let manager: Agent;
  let reviewer: Agent;
  let chromebook: number;

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app, { subtypes: { chromebook: { open: true, canApply: 'all' } } });
    manager = (await staffAgent(app, school, ['resource_manager'])).agent;
    reviewer = (await staffAgent(app, school, ['application_reviewer'])).agent;
    chromebook = await subtypeIdOf(app.knex, 'chromebook');
  });

  afterAll(async () => {
    await app.stop();
  });

  async function newResource(overrides: Record<string, unknown> = {}, owner: Agent = manager): Promise<number> {
    const response = await owner.post('/api/panel/resources').send(chromebookInput(chromebook, overrides));
    expect(response.status).toBe(201);
    return response.body.id;
  }

  async function newApplication(overrides: Record<string, unknown> = {}, registrationNumber = school.registrationNumber): Promise<number> {
    const response = await app.http
      .post('/api/eservice/applications')
      .set('Authorization', 'Bearer demo-eservice-token')
      .send(eserviceApplication(registrationNumber, overrides));
    expect(response.status).toBe(201);
    const row = await app.knex('applications').where('number', response.body.data.number).first('id');
    return row.id;
  }

  /** Allocates, checks the rejection, and checks that the application, resource and acts did not change. */
  async function expectAllocationRejected(applicationId: number, resourceId: number, status: number, code: string, agent: Agent = reviewer) {
    const resourceBefore = await app.knex('resources').where('id', resourceId).first('status');
    const applicationBefore = await app.knex('applications').where('id', applicationId).first('status');
    const [{ count: actsBefore }] = await app.knex('handover_acts').count({ count: '*' });
    const response = await agent.post(`/api/panel/applications/${applicationId}/allocate`).send({ resourceId });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message.length).toBeGreaterThan(10);
    expect(await app.knex('resources').where('id', resourceId).first('status')).toEqual(resourceBefore);
    expect(await app.knex('applications').where('id', applicationId).first('status')).toEqual(applicationBefore);
    const [{ count: actsAfter }] = await app.knex('handover_acts').count({ count: '*' });
    expect(actsAfter).toBe(actsBefore);
  }

  it('rejects a resource that is not available for issue', async () => {
    await expectAllocationRejected(await newApplication(), await newResource({ status: 'maintenance' }), 409, 'RESOURCE_NOT_AVAILABLE');
  });

  it('rejects a resource that is not for individual issue', async () => {
    await expectAllocationRejected(await newApplication(), await newResource({ usagePurpose: 'institution_learning' }), 409, 'RESOURCE_NOT_FOR_INDIVIDUAL_ISSUE');
  });

  it('rejects an employees resource for a learner', async () => {
    await expectAllocationRejected(await newApplication(), await newResource({ targetGroup: 'employees' }), 409, 'RESOURCE_TARGET_GROUP_MISMATCH');
  });

  it('rejects a learners resource for an employee', async () => {
    const applicationId = await newApplication({
      applicant: { personalCode: '32123456789', firstName: 'Anna', lastName: 'Liepa', role: 'employee' },
      resourceUser: { personalCode: '32123456789', firstName: 'Anna', lastName: 'Liepa', kind: 'employee' },
    });
    await expectAllocationRejected(applicationId, await newResource({ targetGroup: 'learners' }), 409, 'RESOURCE_TARGET_GROUP_MISMATCH');
  });

  it('rejects a social-support resource when no group is declared', async () => {
    const resourceId = await newResource({ socialSupport: true, targetGroup: 'socially_disadvantaged_learners', fundingProgramme: 'digital_divide' });
    await expectAllocationRejected(await newApplication(), resourceId, 409, 'RESOURCE_SOCIAL_SUPPORT_REQUIRED');
  });

  it('allows a social-support resource when a group is declared', async () => {
    const resourceId = await newResource({ socialSupport: true, targetGroup: 'socially_disadvantaged_learners', fundingProgramme: 'digital_divide' });
    const applicationId = await newApplication({ socialSupport: true, socialStatuses: ['low_income_family'] });
    const response = await reviewer.post(`/api/panel/applications/${applicationId}/allocate`).send({ resourceId });
    expect(response.status).toBe(201);
  });

  it('rejects a resource of another institution in the reviewer scope', async () => {
    const otherSchool = await createInstitution(app, { supervisorCode: 'LV-RIX' });
    const otherManager = (await staffAgent(app, otherSchool, ['resource_manager'])).agent;
    const foreignResource = await newResource({}, otherManager);
    const municipal = await createStaff(app, { level: 'municipality', supervisorId: school.supervisorId, roles: ['application_reviewer'] });
    const municipalReviewer = await loginAs(app, municipal.userId);
    await expectAllocationRejected(await newApplication(), foreignResource, 409, 'RESOURCE_OTHER_INSTITUTION', municipalReviewer);
  });

  it('answers 404 for a resource outside the reviewer scope', async () => {
    const farSchool = await createInstitution(app, { supervisorCode: 'LV-DGV' });
    const farManager = (await staffAgent(app, farSchool, ['resource_manager'])).agent;
    await expectAllocationRejected(await newApplication(), await newResource({}, farManager), 404, 'RESOURCE_NOT_FOUND');
  });

  it('rejects an application that is already approved', async () => {
    const applicationId = await newApplication();
    const first = await reviewer.post(`/api/panel/applications/${applicationId}/allocate`).send({ resourceId: await newResource() });
    expect(first.status).toBe(201);
    await expectAllocationRejected(applicationId, await newResource(), 409, 'APPLICATION_NOT_OPEN');
  });

  it('rejects a reserved resource', async () => {
    const resourceId = await newResource();
    const first = await reviewer.post(`/api/panel/applications/${await newApplication()}/allocate`).send({ resourceId });
    expect(first.status).toBe(201);
    await expectAllocationRejected(await newApplication(), resourceId, 409, 'RESOURCE_NOT_AVAILABLE');
  });

  it('gives one resource to one of two concurrent allocations', async () => {
    const resourceId = await newResource();
    const [first, second] = await Promise.all([newApplication(), newApplication()]);
    const responses = await Promise.all([
      reviewer.post(`/api/panel/applications/${first}/allocate`).send({ resourceId }),
      reviewer.post(`/api/panel/applications/${second}/allocate`).send({ resourceId }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const activeActs = await app.knex('handover_acts').where('active_resource_id', resourceId).count({ count: '*' });
    expect(Number(activeActs[0].count)).toBe(1);
  });

  it('rejects allocation by a profile without the reviewer role', async () => {
    const issuer = (await staffAgent(app, school, ['resource_issuer'])).agent;
    const response = await issuer.post(`/api/panel/applications/${await newApplication()}/allocate`).send({ resourceId: await newResource() });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('ROLE_REQUIRED');
  });

  it('rejects a missing resource id', async () => {
    const response = await reviewer.post(`/api/panel/applications/${await newApplication()}/allocate`).send({});
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('resourceId');
  });

  it('rejects a malformed application id', async () => {
    const response = await reviewer.post('/api/panel/applications/abc/allocate').send({ resourceId: 1 });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('ID_INVALID');
  });
});
