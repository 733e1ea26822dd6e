import { startApp, type TestApp } from '../support/app';
import { chromebookInput, createInstitution, createStaff, eserviceApplication, staffAgent, subtypeIdOf, type TestInstitution } from '../support/fixtures';
import { uniqueSuffix } from '../support/people';
import { launchChromium, requireBuiltPanel, waitForCount, type Browser } from './chromium';

const ESERVICE_TOKEN = 'demo-eservice-token';
const CHROMEBOOKS = 23;

describe('allocation dialog in Chromium', () => {
  let app: TestApp;
  let school: TestInstitution;
  let browser: Browser;
  const tag = uniqueSuffix();
  const chromebookNumbers: string[] = [];
  let tabletNumber: string;
  let lastSerial: string;

  beforeAll(async () => {
    requireBuiltPanel();
    app = await startApp();
    school = await createInstitution(app);
    const manager = (await staffAgent(app, school, ['resource_manager'])).agent;

    // More Chromebooks than one page of the dialog shows, and one tablet of another subtype.
    const chromebook = await subtypeIdOf(app.knex, 'chromebook');
    for (let index = 0; index < CHROMEBOOKS; index += 1) {
      const serialNumber = `SN-${tag}-${String(index).padStart(2, '0')}`;
      const response = await manager.post('/api/panel/resources').send(chromebookInput(chromebook, { serialNumber }));
      expect(response.status).toBe(201);
      chromebookNumbers.push(response.body.number as string);
      lastSerial = serialNumber;
    }
    const tablet = await subtypeIdOf(app.knex, 'tablet');
    const tabletResponse = await manager.post('/api/panel/resources').send(
      chromebookInput(tablet, { model: 'iPad 9', parameters: { operating_system: 'iPadOS', ram_gb: 4, storage_gb: 64, screen_inches: 10.2 } }),
    );
    expect(tabletResponse.status).toBe(201);
    tabletNumber = tabletResponse.body.number as string;

    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('pages, searches and keeps the chosen device', async () => {
    const submitted = await app.http
      .post('/api/eservice/applications')
      .set('Authorization', `Bearer ${ESERVICE_TOKEN}`)
      .send(eserviceApplication(school.registrationNumber));
    expect(submitted.status).toBe(201);
    const application = await app.knex('applications').where('number', submitted.body.data.number).first('id');

    const reviewer = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['application_reviewer'] });
    const reviewerUser = await app.knex('up_users').where('id', reviewer.userId).first('first_name', 'last_name');
    const { page } = browser;
    await page.goto(`${app.baseUrl}/panel/`);
    await page.getByRole('button', { name: `Pieslēgties kā ${reviewerUser.first_name} ${reviewerUser.last_name}` }).click();
    await page.waitForURL(/#\/applications/);
    await page.goto(`${app.baseUrl}/panel/#/applications/${application.id}/show`);
    await page.getByRole('button', { name: 'Piešķirt' }).click();
    const dialog = page.getByRole('dialog');

    // The first page lists 20 of the 23 Chromebooks. The tablet is not of the requested subtype, so it is not listed.
    const range = dialog.getByTestId('allocate-range');
    await range.waitFor();
    expect(await range.textContent()).toBe(`1–20 no ${CHROMEBOOKS}`);
    expect(await dialog.getByRole('radio').count()).toBe(20);
    expect(await dialog.getByLabel(new RegExp(tabletNumber)).count()).toBe(0);

    // The first device is chosen, then the next page shows the remaining three.
    await dialog.getByLabel(new RegExp(`^${chromebookNumbers[0]} `)).check();
    await dialog.getByRole('button', { name: 'Doties uz nākamo lapu' }).click();
    await dialog.getByText(`21–${CHROMEBOOKS} no ${CHROMEBOOKS}`).waitFor();
    await waitForCount(dialog.getByRole('radio'), CHROMEBOOKS - 20);
    expect(await dialog.getByTestId('allocate-chosen').textContent()).toContain(chromebookNumbers[0]);

    // A search by serial number finds the last Chromebook; choosing it replaces the first choice.
    await dialog.getByLabel('Meklēt').fill(lastSerial);
    await dialog.getByText(`1–1 no 1`).waitFor();
    await dialog.getByLabel(new RegExp(lastSerial)).check();
    expect(await dialog.getByTestId('allocate-chosen').textContent()).toContain(chromebookNumbers[CHROMEBOOKS - 1]);

    // Without the subtype switch and the search, the tablet is offered too.
    await dialog.getByLabel('Meklēt').fill('');
    await dialog.getByRole('switch', { name: /Tikai pieprasītais apakštips/ }).uncheck();
    await dialog.getByText(`1–20 no ${CHROMEBOOKS + 1}`).waitFor();
    await dialog.getByLabel('Meklēt').fill('iPad');
    await dialog.getByLabel(new RegExp(tabletNumber)).waitFor();

    // A search that finds nothing shows a notice, and the chosen device stays chosen.
    await dialog.getByLabel('Meklēt').fill(`nav-tāda-${tag}`);
    await dialog.getByText('Neviens izsniegšanai pieejams resurss neatbilst meklēšanai.').waitFor();

    // Allocating the chosen Chromebook reserves exactly that one.
    await dialog.getByLabel('Atdošanas termiņš').fill('2027-06-30');
    await dialog.getByRole('button', { name: 'Piešķirt' }).click();
    await page.getByTestId('allocation-result').waitFor();
    const reserved = await app.knex('resources').where({ institution_id: school.id, status: 'reserved' }).pluck('number');
    expect(reserved).toEqual([chromebookNumbers[CHROMEBOOKS - 1]]);
  });
});
