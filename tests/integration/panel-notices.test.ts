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
import { newPersonalCode, uniqueSuffix } from '../support/people';

const ESERVICE_TOKEN = 'demo-eservice-token';

describe('application act column and activation notice', () => {
  let app: TestApp;
  let school: TestInstitution;

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('list hides a cancelled act', async () => {
    const chromebook = await subtypeIdOf(app.knex, 'chromebook');
    const manager = await staffAgent(app, school, ['resource_manager']);
    const reviewer = await staffAgent(app, school, ['application_reviewer']);
    const issuer = await staffAgent(app, school, ['resource_issuer']);
    const created = await manager.agent.post('/api/panel/resources').send(chromebookInput(chromebook));
    expect(created.status).toBe(201);
    const submitted = await app.http
      .post('/api/eservice/applications')
      .set('Authorization', `Bearer ${ESERVICE_TOKEN}`)
      .send(eserviceApplication(school.registrationNumber));
    expect(submitted.status).toBe(201);
    const application = await app.knex('applications').where('number', submitted.body.data.number).first('id');
    const listRow = async () => {
      const response = await reviewer.agent.get('/api/panel/applications').query({ filter: JSON.stringify({ id: [application.id] }) });
      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(1);
      return response.body[0];
    };

    const first = await reviewer.agent.post(`/api/panel/applications/${application.id}/allocate`).send({ resourceId: created.body.id });
    expect(first.status).toBe(201);
    expect((await listRow()).actNumber).toBe(first.body.actNumber);

    // Cancelled and back with the reviewer: the list shows no act, the detail view lists the cancelled one.
    const cancelled = await issuer.agent
      .post(`/api/panel/handover-acts/${first.body.actId}/cancel`)
      .send({ reason: 'Nepareizs resurss', applicationOutcome: 'back_to_review' });
    expect(cancelled.status).toBe(200);
    const afterCancel = await listRow();
    expect(afterCancel.status).toBe('postponed');
    expect(afterCancel.actNumber).toBeNull();
    expect(afterCancel.actId).toBeNull();
    const detail = await reviewer.agent.get(`/api/panel/applications/${application.id}`);
    expect(detail.body.actNumber).toBeNull();
    expect(detail.body.acts).toEqual([expect.objectContaining({ number: first.body.actNumber, status: 'cancelled' })]);

    // A second allocation shows the new act, and the detail view keeps both, newest first.
    const second = await reviewer.agent.post(`/api/panel/applications/${application.id}/allocate`).send({ resourceId: created.body.id });
    expect(second.status).toBe(201);
    expect((await listRow()).actNumber).toBe(second.body.actNumber);
    const detailAgain = await reviewer.agent.get(`/api/panel/applications/${application.id}`);
    expect(detailAgain.body.acts.map((act: { number: string; status: string }) => [act.number, act.status])).toEqual([
      [second.body.actNumber, 'draft'],
      [first.body.actNumber, 'cancelled'],
    ]);
  });

  it.each([
    ["the director's address", `direktors.${uniqueSuffix()}@example.lv`, 'skola@example.lv', 'director', 'sent'],
    ["the school's address without the director's", null, 'skola@example.lv', 'institution', 'sent'],
    ['nobody without any address', null, null, null, 'no_address'],
  ])('activation e-mail goes to %s', async (_case, directorEmail, schoolEmail, expectedRecipient, expectedStatus) => {
    const inactive = await createInstitution(app, { status: 'inactive', accepting: false });
    await app.knex('institutions').where('id', inactive.id).update({ email: schoolEmail });
    const supervisorAdmin = await createStaff(app, { level: 'municipality', supervisorId: inactive.supervisorId, roles: ['admin'] });
    const agent = await loginAs(app, supervisorAdmin.userId);

    const response = await agent.post(`/api/panel/institutions/${inactive.id}/activate`).send({
      director: { personalCode: newPersonalCode(), firstName: 'Līga', lastName: 'Bērziņa', email: directorEmail },
      acceptApplications: false,
    });
    expect(response.status).toBe(200);
    expect(response.body.emailRecipient).toBe(expectedRecipient);
    expect(response.body.emailStatus).toBe(expectedStatus);
  });
});
