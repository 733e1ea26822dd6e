import { createId } from '@paralleldrive/cuid2';
import { startApp, type TestApp } from '../support/app';
import { createInstitution, staffAgent, subtypeIdOf, type TestInstitution } from '../support/fixtures';
import { newPersonalCode, uniqueSuffix } from '../support/people';

describe('decision deadline in Latvian calendar days', () => {
  let app: TestApp;
  let school: TestInstitution;

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app);
  });

  afterAll(async () => {
    await app.stop();
  });

  async function applicationSubmittedAt(submittedAt: Date): Promise<number> {
    const [row] = await app
      .knex('applications')
      .insert({
        document_id: createId(),
        created_at: submittedAt,
        updated_at: submittedAt,
        published_at: submittedAt,
        number: `PIE-${school.registrationNumber}-D${uniqueSuffix()}`,
        sequence: 200000 + Math.floor(Math.random() * 1e8),
        institution_id: school.id,
        subtype_id: await subtypeIdOf(app.knex, 'chromebook'),
        submitted_at: submittedAt,
        source: 'eservice',
        applicant_personal_code: newPersonalCode(),
        applicant_first_name: 'Ilze',
        applicant_last_name: 'Kalniņa',
        applicant_role: 'parent_guardian',
        user_personal_code: newPersonalCode(),
        user_first_name: 'Mārtiņš',
        user_last_name: 'Kalniņš',
        user_kind: 'learner',
        grade: 7,
        social_support: false,
        social_statuses: JSON.stringify([]),
        status: 'submitted',
      })
      .returning(['id']);
    return row.id;
  }

  it('counts a submission after midnight in Riga from the Riga date', async () => {
    const reviewer = await staffAgent(app, school, ['application_reviewer']);
    // 22:30 UTC on 3 March is 00:30 on 4 March in Riga (UTC+2 in winter).
    const id = await applicationSubmittedAt(new Date('2026-03-03T22:30:00Z'));
    const response = await reviewer.agent.get(`/api/panel/applications/${id}`);
    expect(response.status).toBe(200);
    expect(response.body.decisionDue).toBe('2026-03-14');
  });

  it('counts a submission before midnight in Riga from the same date', async () => {
    const reviewer = await staffAgent(app, school, ['application_reviewer']);
    // 21:30 UTC on 3 March is 23:30 on 3 March in Riga.
    const id = await applicationSubmittedAt(new Date('2026-03-03T21:30:00Z'));
    const response = await reviewer.agent.get(`/api/panel/applications/${id}`);
    expect(response.body.decisionDue).toBe('2026-03-13');
  });

  it('reports days left until the deadline', async () => {
    const reviewer = await staffAgent(app, school, ['application_reviewer']);
    const id = await applicationSubmittedAt(new Date());
    const response = await reviewer.agent.get(`/api/panel/applications/${id}`);
    expect(response.body.daysLeft).toBe(10);
  });
});
