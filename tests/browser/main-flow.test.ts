import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startApp, type TestApp } from '../support/app';
import {
  chromebookInput,
  createInstitution,
  createStaff,
  eserviceApplication,
  staffAgent,
  subtypeIdOf,
  type TestInstitution,
} from '../support/fixtures';
import { newPersonalCode, uniqueSuffix } from '../support/people';
import { waitForCount } from './chromium';

const ESERVICE_TOKEN = 'demo-eservice-token';
const CHROMIUM = '/usr/bin/chromium';
const PANEL_INDEX = path.resolve(__dirname, '..', '..', 'admin', 'dist', 'index.html');
const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');
/** Maximum wait for one step in the browser. Strapi responds in milliseconds, but rendering takes longer. */
const STEP_TIMEOUT = 20_000;

describe('panel main flow in Chromium', () => {
  let app: TestApp;
  let school: TestInstitution;
  let profileDir: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(PANEL_INDEX)) {
      throw new Error(`The panel is not built (${PANEL_INDEX} is missing): run "npm run build" first.`);
    }
    app = await startApp();
    school = await createInstitution(app);
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rumis-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context.setDefaultTimeout(STEP_TIMEOUT);
    page = context.pages()[0] ?? (await context.newPage());
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profileDir) {
      fs.rmSync(profileDir, { recursive: true, force: true });
    }
    await app?.stop();
  });

  it('reviewer allocates a Chromebook to an application', async () => {
    // A Chromebook available for issue, registered by the school's resource manager.
    const chromebook = await subtypeIdOf(app.knex, 'chromebook');
    const manager = await staffAgent(app, school, ['resource_manager']);
    const registered = await manager.agent.post('/api/panel/resources').send(chromebookInput(chromebook));
    expect(registered.status).toBe(201);
    const resourceNumber = registered.body.number as string;

    // A reviewer with one profile, so the login goes straight to the panel.
    const reviewer = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['application_reviewer'] });
    const reviewerUser = await app.knex('up_users').where('id', reviewer.userId).first('first_name', 'last_name');
    const reviewerName = `${reviewerUser.first_name} ${reviewerUser.last_name}`;

    // A parent applies through the e-service for a learner whose surname only this test uses.
    const learnerLastName = `Paneļtests${uniqueSuffix()}`;
    const submitted = await app.http
      .post('/api/eservice/applications')
      .set('Authorization', `Bearer ${ESERVICE_TOKEN}`)
      .send(
        eserviceApplication(school.registrationNumber, {
          resourceUser: {
            personalCode: newPersonalCode(),
            firstName: 'Anna',
            lastName: learnerLastName,
            kind: 'learner',
            grade: 8,
            classLetter: 'a',
          },
        }),
      );
    expect(submitted.status).toBe(201);
    const applicationNumber = submitted.body.data.number as string;

    // The development login page is in Latvian by default.
    await page.goto(`${app.baseUrl}/panel/`);
    await page.getByRole('heading', { name: 'Izstrādes pieslēgšanās' }).waitFor();
    await page.getByRole('button', { name: `Pieslēgties kā ${reviewerName}` }).click();

    // The reviewer finds the application by the learner's surname.
    await page.waitForURL(/#\/applications/);
    await page.getByPlaceholder('Meklēt').fill(learnerLastName);
    const row = page.getByRole('row', { name: new RegExp(applicationNumber) });
    await row.waitFor();
    // The list has applied the search once only the test's application is left.
    await waitForCount(page.locator('tbody tr'), 1);
    expect(await row.textContent()).toContain(`Anna ${learnerLastName}`);
    expect(await row.textContent()).toContain('Iesniegts');
    await row.click();

    // The application page shows the learner and the allocate action.
    await page.waitForURL(/#\/applications\/\d+\/show/);
    await page.getByRole('heading', { name: 'Resursa lietotājs' }).waitFor();
    expect(await page.getByTestId('days-left').getAttribute('data-days-left')).toBe('10');
    await page.getByRole('button', { name: 'Piešķirt' }).click();

    // The dialog lists the available Chromebook; allocating it creates the first act of the school.
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(new RegExp(resourceNumber)).check();
    await dialog.getByLabel('Atdošanas termiņš').fill('2027-06-30');
    await dialog.getByRole('button', { name: 'Piešķirt' }).click();
    const actNumber = `PNA-${school.registrationNumber}-1`;
    const result = page.getByTestId('allocation-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(actNumber);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'main-flow.png') });

    const application = await app.knex('applications').where('number', applicationNumber).first('id', 'status');
    expect(application.status).toBe('approved');
    const act = await app.knex('handover_acts').where('number', actNumber).first('status', 'application_id');
    expect(act.status).toBe('draft');
    expect(act.application_id).toBe(application.id);

    // After the dialog closes, the page lists the new act and the application as approved.
    await dialog.getByRole('button', { name: 'Aizvērt' }).click();
    await page.getByTestId('application-acts').getByRole('link', { name: actNumber }).waitFor();
    expect(await page.getByRole('button', { name: 'Piešķirt' }).count()).toBe(0);

    // Switching the language turns the same page English.
    expect(await page.getByRole('heading', { name: 'Statusu vēsture' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Latviešu' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Status history' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Statusu vēsture' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Applications' }).count()).toBe(1);
  }, 120_000);
});
