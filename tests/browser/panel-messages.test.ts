import type { Locator, Page } from 'playwright-core';
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
import { devLogin, launchChromium, requireBuiltPanel, saveScreenshot, type Browser } from './chromium';

const ESERVICE_TOKEN = 'demo-eservice-token';

/** Chooses an option of a react-admin SelectInput by the input's label and the option's text. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Returns the MUI form control around the input with this label, which contains the label and the helper text. */
function fieldOf(page: Page, label: RegExp): Locator {
  return page.locator('.MuiFormControl-root', { has: page.getByLabel(label) });
}

/** Returns the label text of an input, which ends with an asterisk when the input is required. */
async function labelText(page: Page, label: RegExp): Promise<string> {
  return ((await fieldOf(page, label).locator('label').textContent()) ?? '').trim();
}

async function nameOf(app: TestApp, userId: number): Promise<string> {
  const user = await app.knex('up_users').where('id', userId).first('first_name', 'last_name');
  return `${user.first_name} ${user.last_name}`;
}

describe('panel messages in Chromium', () => {
  let app: TestApp;
  let school: TestInstitution;
  let browser: Browser;
  let managerId: number;

  /** Logs in afresh as the person, so the next step can use another role. */
  async function logInAs(userId: number): Promise<Page> {
    await browser.context.clearCookies();
    const { page } = browser;
    await devLogin(page, app.baseUrl, await nameOf(app, userId));
    return page;
  }

  /** Opens the create form and fills every required input of a Chromebook except the value. */
  async function fillChromebook(page: Page, serialNumber: string): Promise<void> {
    await page.goto(`${app.baseUrl}/panel/#/resources/create`);
    await choose(page, 'Apakštips', 'Chromebook dators');
    await page.getByLabel(/^Ražotājs/).fill('Acer');
    await page.getByLabel(/^Modelis/).fill('Chromebook 311');
    await page.getByLabel(/^Sērijas numurs/).fill(serialNumber);
    await page.getByLabel(/^Inventāra numurs/).fill(`INV-${serialNumber}`);
    await choose(page, 'Iegādes veids', 'Ministrija');
    await choose(page, 'Lietošanas mērķis', 'Izsniegšanai individuāli');
    await choose(page, 'Mērķa grupa', 'Izglītojamiem');
    await page.getByLabel(/^Operētājsistēma/).fill('ChromeOS');
    await page.getByLabel(/^Operatīvā atmiņa/).fill('8');
    await page.getByLabel(/^Datu krātuve/).fill('64');
    await page.getByLabel(/^Ekrāna izmērs/).fill('11,6');
  }

  beforeAll(async () => {
    requireBuiltPanel();
    app = await startApp();
    school = await createInstitution(app);
    managerId = (await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'] })).userId;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('value is required for individual issue', async () => {
    const page = await logInAs(managerId);
    await page.getByTestId('dashboard-by-status').waitFor();
    const serialNumber = `SN-${uniqueSuffix()}`;
    await fillChromebook(page, serialNumber);

    // The asterisk follows the usage purpose, as the server's rule does.
    expect(await labelText(page, /^Vērtība/)).toMatch(/\*$/);
    await choose(page, 'Lietošanas mērķis', 'Mācību procesam iestādē');
    expect(await labelText(page, /^Vērtība/)).not.toMatch(/\*$/);
    await choose(page, 'Lietošanas mērķis', 'Izsniegšanai individuāli');
    expect(await labelText(page, /^Vērtība/)).toMatch(/\*$/);

    // Saving without the value shows the message at the input, and nothing reaches the server.
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await fieldOf(page, /^Vērtība/)
      .getByText('Obligāts lauks')
      .waitFor();
    expect(page.url()).toMatch(/#\/resources\/create$/);
    expect(await app.knex('resources').where('serial_number', serialNumber).count({ count: '*' })).toEqual([{ count: '0' }]);

    // Decimal commas are accepted and stored as numbers.
    await page.getByLabel(/^Vērtība/).fill('349,5');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await page.waitForURL(/#\/resources\/\d+\/show/);
    const stored = await app.knex('resources').where('serial_number', serialNumber).first('value_eur', 'parameters');
    expect(Number(stored.value_eur)).toBe(349.5);
    const parameters = typeof stored.parameters === 'string' ? JSON.parse(stored.parameters) : stored.parameters;
    expect(parameters.screen_inches).toBe(11.6);

    // The show page writes numbers as the panel's language does.
    await page.getByText('349,50 €').waitFor();
    await page.getByText('11,6', { exact: true }).waitFor();
    await saveScreenshot(page, 'panel-messages-numbers-lv');
    await page.getByRole('button', { name: 'Latviešu' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('€349.50').waitFor();
    await page.getByText('11.6', { exact: true }).waitFor();

    // The edit form shows the stored number with the language's separator.
    await page.getByRole('link', { name: 'Edit' }).click();
    expect(await page.getByLabel(/^Screen size/).inputValue()).toBe('11.6');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Latviešu' }).click();
    await page.getByLabel(/^Ekrāna izmērs/).waitFor();
    expect(await page.getByLabel(/^Ekrāna izmērs/).inputValue()).toBe('11,6');
  }, 120_000);

  it('number checks speak Latvian', async () => {
    const page = await logInAs(managerId);
    await page.getByTestId('dashboard-by-status').waitFor();
    await fillChromebook(page, `SN-${uniqueSuffix()}`);
    // The browser's own checks, whose pop-ups follow the browser's language, are off.
    expect(await page.locator('form').first().getAttribute('novalidate')).not.toBeNull();

    await page.getByLabel(/^Operatīvā atmiņa/).fill('-8');
    await page.getByLabel(/^Datu krātuve/).fill('daudz');
    await page.getByLabel(/^Vērtība/).fill('-5');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await fieldOf(page, /^Operatīvā atmiņa/)
      .getByText('Vērtībai jābūt lielākai par 0')
      .waitFor();
    await fieldOf(page, /^Datu krātuve/)
      .getByText('Jābūt skaitlim')
      .waitFor();
    await fieldOf(page, /^Vērtība/)
      .getByText('Jābūt vismaz 0')
      .waitFor();
    expect(page.url()).toMatch(/#\/resources\/create$/);
  }, 120_000);

  it('server error shows at its input', async () => {
    const manager = await staffAgent(app, school, ['resource_manager']);
    const input = chromebookInput(await subtypeIdOf(app.knex, 'chromebook'));
    const existing = await manager.agent.post('/api/panel/resources').send(input);
    expect(existing.status).toBe(201);
    const serialNumber = input.serialNumber;

    const page = await logInAs(managerId);
    await page.getByTestId('dashboard-by-status').waitFor();
    await fillChromebook(page, serialNumber);
    await page.getByLabel(/^Vērtība/).fill('300');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await fieldOf(page, /^Sērijas numurs/)
      .getByText(`Sērijas numurs "${serialNumber}" jau ir reģistrēts resursam ${existing.body.number}.`)
      .waitFor();
    expect(page.url()).toMatch(/#\/resources\/create$/);
  }, 120_000);

  it('allocation dialog says which devices it lists', async () => {
    const manager = await staffAgent(app, school, ['resource_manager']);
    const chromebook = await subtypeIdOf(app.knex, 'chromebook');
    const tag = uniqueSuffix();
    const ordinary = await manager.agent.post('/api/panel/resources').send(chromebookInput(chromebook, { model: `Parastais ${tag}` }));
    const social = await manager.agent
      .post('/api/panel/resources')
      .send(chromebookInput(chromebook, { model: `Atbalsta ${tag}`, socialSupport: true, targetGroup: 'socially_disadvantaged_learners' }));
    expect([ordinary.status, social.status]).toEqual([201, 201]);
    const reviewer = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['application_reviewer'] });

    const submit = async (overrides: Record<string, unknown>) => {
      const response = await app.http
        .post('/api/eservice/applications')
        .set('Authorization', `Bearer ${ESERVICE_TOKEN}`)
        .send(eserviceApplication(school.registrationNumber, overrides));
      expect(response.status).toBe(201);
      return (await app.knex('applications').where('number', response.body.data.number).first('id')).id as number;
    };
    const withoutSupport = await submit({});
    const withSupport = await submit({ socialSupport: true, socialStatuses: ['poor_family'] });

    const page = await logInAs(reviewer.userId);
    await page.waitForURL(/#\/applications/);
    const openDialog = async (applicationId: number) => {
      await page.goto(`${app.baseUrl}/panel/#/applications/${applicationId}/show`);
      await page.getByRole('button', { name: 'Piešķirt' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Meklēt').fill(tag);
      return dialog;
    };

    // Without social support, the social-support device is missing, and the dialog explains why.
    let dialog = await openDialog(withoutSupport);
    await dialog.getByLabel(new RegExp(ordinary.body.number)).waitFor();
    expect(await dialog.getByLabel(new RegExp(social.body.number)).count()).toBe(0);
    const help = dialog.getByTestId('allocate-eligibility');
    expect(await help.textContent()).toBe(
      'Sarakstā ir tikai resursi, kurus var piešķirt šim pieteikumam: ar statusu "Pieejams izsniegšanai", lietošanas mērķi "Izsniegšanai individuāli" ' +
        'un mērķa grupu "Izglītojamiem" vai "Visiem". Citi iestādes resursi nav parādīti. ' +
        'Sociālā atbalsta resursi nav parādīti, jo pieteikumā nav norādīta sociālā atbalsta grupa.',
    );
    await saveScreenshot(page, 'panel-messages-allocate-help');
    await dialog.getByRole('button', { name: 'Atcelt' }).click();

    // With a social-support group, both devices are listed, and the help names the third target group.
    dialog = await openDialog(withSupport);
    await dialog.getByLabel(new RegExp(social.body.number)).waitFor();
    await dialog.getByLabel(new RegExp(ordinary.body.number)).waitFor();
    expect(await dialog.getByTestId('allocate-eligibility').textContent()).toContain(
      'mērķa grupu "Izglītojamiem", "Visiem" vai "Sociāli mazāk aizsargātiem izglītojamiem".',
    );
    expect(await dialog.getByTestId('allocate-eligibility').textContent()).not.toContain('Sociālā atbalsta resursi nav parādīti');
  }, 120_000);

  it('activation notice names the school address', async () => {
    const inactive = await createInstitution(app, { status: 'inactive', accepting: false });
    const supervisorAdmin = await createStaff(app, { level: 'municipality', supervisorId: inactive.supervisorId, roles: ['admin'] });

    const page = await logInAs(supervisorAdmin.userId);
    await page.getByRole('menuitem', { name: 'Profili' }).waitFor();
    await page.goto(`${app.baseUrl}/panel/#/institutions/${inactive.id}/show`);
    await page.getByRole('button', { name: 'Aktivizēt' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Direktora personas kods/).fill(newPersonalCode());
    await dialog.getByLabel(/^Direktora vārds/).fill('Dace');
    await dialog.getByLabel(/^Direktora uzvārds/).fill(`Direktore ${uniqueSuffix()}`);
    await dialog.getByRole('button', { name: 'Aktivizēt' }).click();
    await page
      .getByText('Iestāde aktivizēta, direktoram piešķirtas administratora tiesības, un e-pasts nosūtīts iestādes e-pasta adresei.')
      .waitFor();
    expect(await app.knex('institutions').where('id', inactive.id).first('status')).toEqual({ status: 'active' });
  }, 120_000);
});
