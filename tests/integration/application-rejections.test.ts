import { startApp, type TestApp } from '../support/app';
import { createInstitution, eserviceApplication, type TestInstitution } from '../support/fixtures';
import { newDatedPersonalCode, newPersonalCode } from '../support/people';

const TOKEN = 'demo-eservice-token';

describe('e-service application submission rejections', () => {
  let app: TestApp;
  let school: TestInstitution;

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app, {
      subtypes: { chromebook: { open: true, canApply: 'learners' }, tablet: { open: false, canApply: 'all' }, windows_laptop: { open: true, canApply: 'employees' } },
    });
  });

  afterAll(async () => {
    await app.stop();
  });

  async function applicationCount(): Promise<number> {
    const [{ count }] = await app.knex('applications').count({ count: '*' });
    return Number(count);
  }

  function submit(body: unknown, token: string | null = TOKEN) {
    const request = app.http.post('/api/eservice/applications');
    return (token === null ? request : request.set('Authorization', `Bearer ${token}`)).send(body as object);
  }

  /** Submits, checks the status and code, and checks that nothing was stored. */
  async function expectRejected(body: unknown, status: number, code: string, field?: string) {
    const before = await applicationCount();
    const response = await submit(body);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(typeof response.body.error.message).toBe('string');
    expect(response.body.error.message.length).toBeGreaterThan(10);
    if (field) {
      expect(response.body.error.field).toBe(field);
    }
    expect(await applicationCount()).toBe(before);
    return response;
  }

  it('rejects a request without the e-service token', async () => {
    const response = await submit(eserviceApplication(school.registrationNumber), null);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('ESERVICE_TOKEN_INVALID');
  });

  it('rejects a wrong e-service token', async () => {
    const response = await submit(eserviceApplication(school.registrationNumber), 'not-the-right-token-at-all');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('ESERVICE_TOKEN_INVALID');
  });

  it('rejects an applicant personal code with a wrong check digit', async () => {
    const valid = newDatedPersonalCode(1980);
    const wrong = `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`;
    const body = eserviceApplication(school.registrationNumber);
    const response = await expectRejected({ ...body, applicant: { ...body.applicant, personalCode: wrong } }, 400, 'PERSONAL_CODE_INVALID', 'applicant.personalCode');
    expect(response.body.error.message).toContain('kontrolcipars');
    expect(JSON.stringify(response.body)).not.toContain(wrong);
  });

  it('rejects a learner personal code with an impossible date', async () => {
    const body = eserviceApplication(school.registrationNumber);
    await expectRejected({ ...body, resourceUser: { ...body.resourceUser, personalCode: '31021012345' } }, 400, 'PERSONAL_CODE_INVALID', 'resourceUser.personalCode');
  });

  it('rejects a personal code that is not 11 digits', async () => {
    const body = eserviceApplication(school.registrationNumber);
    await expectRejected({ ...body, resourceUser: { ...body.resourceUser, personalCode: '12345' } }, 400, 'PERSONAL_CODE_INVALID', 'resourceUser.personalCode');
  });

  it('rejects an unknown institution', async () => {
    await expectRejected(eserviceApplication('7999999999'), 404, 'INSTITUTION_NOT_FOUND');
  });

  it('rejects a malformed registration number', async () => {
    await expectRejected(eserviceApplication('12AB'), 400, 'FIELD_INVALID', 'institutionRegistrationNumber');
  });

  it('rejects an institution that does not accept applications', async () => {
    const closed = await createInstitution(app, { accepting: false });
    const response = await expectRejected(eserviceApplication(closed.registrationNumber), 422, 'INSTITUTION_NOT_ACCEPTING');
    expect(response.body.error.message).toContain('nepieņem pieteikumus');
  });

  it('rejects an inactive institution', async () => {
    const inactive = await createInstitution(app, { status: 'inactive', accepting: true });
    await expectRejected(eserviceApplication(inactive.registrationNumber), 422, 'INSTITUTION_NOT_ACCEPTING');
  });

  it('rejects a closed subtype', async () => {
    await expectRejected(eserviceApplication(school.registrationNumber, { subtypeCode: 'tablet' }), 422, 'SUBTYPE_CLOSED', 'subtypeCode');
  });

  it('rejects a subtype open only to employees for a learner', async () => {
    await expectRejected(eserviceApplication(school.registrationNumber, { subtypeCode: 'windows_laptop' }), 422, 'SUBTYPE_NOT_OPEN_FOR_USER', 'resourceUser.kind');
  });

  it('rejects an unknown subtype', async () => {
    await expectRejected(eserviceApplication(school.registrationNumber, { subtypeCode: 'spaceship' }), 400, 'SUBTYPE_NOT_FOUND', 'subtypeCode');
  });

  it('rejects a duplicate active application', async () => {
    const body = eserviceApplication(school.registrationNumber);
    const first = await submit(body);
    expect(first.status).toBe(201);
    const response = await expectRejected(
      { ...body, applicant: { ...body.applicant, personalCode: newPersonalCode() } },
      409,
      'APPLICATION_DUPLICATE',
      'resourceUser.personalCode',
    );
    expect(response.body.error.message).toContain('jau ir aktīvs pieteikums');
  });

  it('rejects concurrent duplicates so that exactly one is stored', async () => {
    const body = eserviceApplication(school.registrationNumber);
    const responses = await Promise.all([submit(body), submit(body), submit(body)]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
  });

  it('rejects social support declared without a group', async () => {
    await expectRejected(eserviceApplication(school.registrationNumber, { socialSupport: true, socialStatuses: [] }), 400, 'SOCIAL_STATUS_REQUIRED', 'socialStatuses');
  });

  it('rejects an unknown social-support group', async () => {
    await expectRejected(eserviceApplication(school.registrationNumber, { socialSupport: true, socialStatuses: ['rich_family'] }), 400, 'SOCIAL_STATUS_UNKNOWN', 'socialStatuses');
  });

  it('rejects a learner without a grade', async () => {
    const body = eserviceApplication(school.registrationNumber);
    await expectRejected({ ...body, resourceUser: { ...body.resourceUser, grade: null } }, 400, 'FIELD_REQUIRED', 'resourceUser.grade');
  });

  it('rejects unknown fields', async () => {
    await expectRejected({ ...eserviceApplication(school.registrationNumber), priority: 'high' }, 400, 'FIELD_UNKNOWN');
  });

  it('rejects a body that is not an object', async () => {
    const response = await submit('"just a string"');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('accepts the same learner at another school and flags both', async () => {
    const other = await createInstitution(app, { supervisorCode: 'LV-DGV' });
    const body = eserviceApplication(school.registrationNumber);
    const first = await submit(body);
    const second = await submit({ ...body, institutionRegistrationNumber: other.registrationNumber });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    const flags = await app.knex('applications').whereIn('number', [first.body.data.number, second.body.data.number]).pluck('duplicate_elsewhere');
    expect(flags).toEqual([true, true]);
  });
});
