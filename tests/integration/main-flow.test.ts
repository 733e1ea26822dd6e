import { isPdfAvailable } from '@rumis/documents';
import { startApp, type TestApp } from '../support/app';
import { docxText } from '../support/docx';
import { chromebookInput, createInstitution, eserviceApplication, staffAgent, subtypeIdOf, type TestInstitution } from '../support/fixtures';

const ESERVICE_TOKEN = 'demo-eservice-token';

/** Counts the occurrences of `part` in `text`. */
function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/**
 * Checks that an act's text names the device once: the kind, the manufacturer and the model
 * each in the table row under its own label. docxText ends every paragraph, and so every
 * table cell, with a line break.
 */
function expectDeviceNamedOnce(text: string): void {
  expect(text).toContain('Resurss\nChromebook dators\n');
  expect(text).toContain('Ražotājs\nAcer\n');
  expect(text).toContain('Modelis\nChromebook 314\n');
  expect(occurrences(text, 'Chromebook 314')).toBe(1);
  expect(occurrences(text, 'Acer')).toBe(1);
}

describe('main flow from a registered Chromebook to a returned one', () => {
  let app: TestApp;
  let school: TestInstitution;

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('registers, applies, allocates, issues, documents and returns', async () => {
    const chromebook = await subtypeIdOf(app.knex, 'chromebook');
    const manager = await staffAgent(app, school, ['resource_manager']);
    const reviewer = await staffAgent(app, school, ['application_reviewer']);
    const issuer = await staffAgent(app, school, ['resource_issuer']);

    // 1. The resource manager registers a Chromebook.
    const input = chromebookInput(chromebook);
    const created = await manager.agent.post('/api/panel/resources').send(input);
    expect(created.status).toBe(201);
    expect(created.body.number).toBe(`RES-${school.registrationNumber}-1`);
    const resourceId = created.body.id as number;

    const second = await manager.agent.post('/api/panel/resources').send(chromebookInput(chromebook));
    expect(second.body.number).toBe(`RES-${school.registrationNumber}-2`);

    // 2. The e-service submits an application for a learner of the school.
    const submitted = await app.http
      .post('/api/eservice/applications')
      .set('Authorization', `Bearer ${ESERVICE_TOKEN}`)
      .send(eserviceApplication(school.registrationNumber));
    expect(submitted.status).toBe(201);
    expect(submitted.body.data.number).toBe(`PIE-${school.registrationNumber}-1`);
    expect(submitted.body.data.status).toBe('submitted');
    const application = await app.knex('applications').where('number', submitted.body.data.number).first('id', 'status');
    expect(application.status).toBe('submitted');

    // 3. The reviewer allocates the Chromebook.
    const allocated = await reviewer.agent.post(`/api/panel/applications/${application.id}/allocate`).send({ resourceId, returnDeadline: '2027-06-30' });
    expect(allocated.status).toBe(201);
    expect(allocated.body.actNumber).toBe(`PNA-${school.registrationNumber}-1`);
    const actId = allocated.body.actId as number;

    const afterAllocation = await reviewer.agent.get(`/api/panel/applications/${application.id}`);
    expect(afterAllocation.body.status).toBe('approved');
    expect(afterAllocation.body.actNumber).toBe(allocated.body.actNumber);
    const reserved = await manager.agent.get(`/api/panel/resources/${resourceId}`);
    expect(reserved.body.status).toBe('reserved');
    const draft = await issuer.agent.get(`/api/panel/handover-acts/${actId}`);
    expect(draft.body.status).toBe('draft');
    // The panel proposes the applicant as the recipient.
    expect(`${draft.body.applicantFirstName} ${draft.body.applicantLastName}`).toBe('Ilze Kalniņa');

    // 4. The issuer prepares and issues the act and downloads it.
    const prepared = await issuer.agent.post(`/api/panel/handover-acts/${actId}/prepare`).send({});
    expect(prepared.status).toBe(200);
    expect(prepared.body.status).toBe('prepared');
    const issued = await issuer.agent.post(`/api/panel/handover-acts/${actId}/issue`).send({ recipientName: 'Ilze Kalniņa', issuedOn: '2026-12-04' });
    expect(issued.status).toBe(200);
    expect(issued.body.status).toBe('issued');
    const inUse = await manager.agent.get(`/api/panel/resources/${resourceId}`);
    expect(inUse.body.status).toBe('in_use');

    const document = await issuer.agent.get(`/api/panel/handover-acts/${actId}/document?format=docx`).responseType('blob');
    expect(document.status).toBe(200);
    expect(document.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(document.body as Buffer);
    for (const expected of [
      allocated.body.actNumber,
      school.name,
      'Mārtiņš Kalniņš',
      'Ilze Kalniņa',
      input.serialNumber,
      input.inventoryNumber,
      'Chromebook 314',
      '416,50 EUR',
      '04.12.2026',
      '30.06.2027',
      'Jānis Bērziņš',
      'Ēriks Kļaviņš',
      'Līga Šķēle',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/\{d\./);
    expectDeviceNamedOnce(text);

    // PDF comes from LibreOffice. Without it the server rejects the request with a clear error.
    const pdf = await issuer.agent.get(`/api/panel/handover-acts/${actId}/document?format=pdf`).responseType('blob');
    if (isPdfAvailable()) {
      expect(pdf.status).toBe(200);
      expect((pdf.body as Buffer).subarray(0, 4).toString()).toBe('%PDF');
    } else {
      expect(pdf.status).toBe(422);
    }

    // 5. The issuer records the return; the resource is available again.
    const returned = await issuer.agent
      .post(`/api/panel/handover-acts/${actId}/return`)
      .send({ condition: 'working', resourceStatus: 'available', notes: 'Bez bojājumiem' });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    const available = await manager.agent.get(`/api/panel/resources/${resourceId}`);
    expect(available.body.status).toBe('available');
    expect(available.body.history.map((change: { toStatus: string }) => change.toStatus)).toEqual(['available', 'in_use', 'reserved', 'available']);

    const returnAct = await issuer.agent.get(`/api/panel/handover-acts/${actId}/document?format=docx&kind=return-act`).responseType('blob');
    expect(returnAct.status).toBe(200);
    const returnText = await docxText(returnAct.body as Buffer);
    expect(returnText).toContain('Bez bojājumiem');
    expect(returnText).toContain('Atgriezts darba kārtībā');
    expectDeviceNamedOnce(returnText);
  });
});
