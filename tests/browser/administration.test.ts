import type { Page } from 'playwright-core';
import { startApp, type TestApp } from '../support/app';
import { createInstitution, createStaff, type TestInstitution } from '../support/fixtures';
import { newDatedPersonalCode, newPersonalCode, uniqueSuffix } from '../support/people';
import { devLogin, launchChromium, requireBuiltPanel, saveScreenshot, type Browser } from './chromium';

const REGULATION_442 =
  'Ministru kabineta noteikumi Nr. 442 aizliedz vienā profilā apvienot administratora lomu ar ikdienas darba lomām: izveidojiet atsevišķu profilu.';

/** Returns the same code with a wrong check digit, which the form must reject before sending the request. */
function withWrongCheckDigit(code: string): string {
  return `${code.slice(0, 10)}${(Number(code[10]) + 1) % 10}`;
}

/** Today in Riga as YYYY-MM-DD, the calendar the server ends profiles by. */
function rigaToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Riga' }).format(new Date());
}

async function nameOf(app: TestApp, userId: number): Promise<string> {
  const user = await app.knex('up_users').where('id', userId).first('first_name', 'last_name');
  return `${user.first_name} ${user.last_name}`;
}

/** Ends the browser's session, so the next test can log in as someone else. */
async function logOut(browser: Browser): Promise<void> {
  await browser.context.clearCookies();
}

async function chooseRoles(page: Page, roles: Record<string, boolean>): Promise<void> {
  for (const [role, checked] of Object.entries(roles)) {
    await page.getByRole('checkbox', { name: role, exact: true }).setChecked(checked);
  }
}

describe('administration screens in Chromium', () => {
  let app: TestApp;
  let school: TestInstitution;
  let browser: Browser;
  let admin: { userId: number; profileId: number };

  beforeAll(async () => {
    requireBuiltPanel();
    app = await startApp();
    school = await createInstitution(app);
    admin = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['admin'] });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** Logs in afresh as the school's administrator and waits for the panel's menu. */
  async function logInAsAdmin(page: Page): Promise<void> {
    await logOut(browser);
    await devLogin(page, app.baseUrl, await nameOf(app, admin.userId));
    await page.getByRole('menuitem', { name: 'Lietotāji' }).waitFor();
  }

  it('school administrator registers a person with daily roles', async () => {
    const { page } = browser;
    const personalCode = newDatedPersonalCode(1988);
    const lastName = `Jaunā ${uniqueSuffix()}`;

    // An administrator's menu has the users and profiles and no resources.
    await logInAsAdmin(page);
    await page.getByRole('menuitem', { name: 'Lietotāji' }).waitFor();
    await page.getByRole('menuitem', { name: 'Profili' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Resursi' }).count()).toBe(0);

    // The form checks the personal code's check digit before sending it.
    await page.getByRole('menuitem', { name: 'Lietotāji' }).click();
    await page.getByRole('link', { name: 'Izveidot' }).click();
    await page.getByLabel(/^Personas kods/).fill(withWrongCheckDigit(personalCode));
    await page.getByLabel(/^Vārds/).fill('Līga');
    await page.getByLabel(/^Uzvārds/).fill(lastName);
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await page.getByText('Personas koda kontrolcipars nav pareizs.').waitFor();
    expect(await app.knex('up_users').where('last_name', lastName).count({ count: '*' })).toEqual([{ count: '0' }]);

    await page.getByLabel(/^Personas kods/).fill(`${personalCode.slice(0, 6)}-${personalCode.slice(6)}`);
    await page.getByRole('button', { name: 'Saglabāt' }).click();

    // The profile form opens for the new person, at the administrator's school.
    await page.waitForURL(/#\/profiles\/create/);
    expect(await page.getByTestId('profile-person').textContent()).toBe(`Līga ${lastName}`);
    const user = await app.knex('up_users').where('personal_code', personalCode).first('id', 'first_name', 'last_name');
    expect(user).toMatchObject({ first_name: 'Līga', last_name: lastName });

    // The administrator role together with a daily role shows the regulation and blocks saving.
    await chooseRoles(page, { Administrators: true, 'Resursu pārvaldnieks': true });
    await page.getByText(REGULATION_442).waitFor();
    await saveScreenshot(page, 'profile-regulation-442');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await page.getByText('Forma nav aizpildīta pareizi. Lūdzu, pārbaudiet kļūdas.').waitFor();
    expect(await app.knex('profiles').where('user_id', user.id).count({ count: '*' })).toEqual([{ count: '0' }]);

    // Daily roles only are saved, with the job title and the basis document.
    await chooseRoles(page, { Administrators: false, 'Pieteikumu reģistrētājs': true });
    expect(await page.getByText(REGULATION_442).count()).toBe(0);
    await page.getByLabel(/^Amats/).fill('Lietvede');
    await page.getByLabel(/^Pamatojuma dokumenta numurs/).fill('1-12/34');
    await page.getByLabel(/^Pamatojuma dokumenta datums/).fill('2026-09-01');
    await page.getByRole('button', { name: 'Saglabāt' }).click();

    // The person's page lists the new profile and, only here, the personal code.
    await page.waitForURL(new RegExp(`#/users/${user.id}/show`));
    const profiles = page.getByTestId('user-profiles');
    await profiles.getByText('Pieteikumu reģistrētājs').waitFor();
    expect(await profiles.textContent()).toContain('Resursu pārvaldnieks');
    await page.getByText(personalCode).waitFor();
    const profile = await app.knex('profiles').where('user_id', user.id).first();
    expect(profile).toMatchObject({
      level: 'institution',
      institution_id: school.id,
      job_title: 'Lietvede',
      basis_document_number: '1-12/34',
      basis_document_date: '2026-09-01',
      blocked: false,
    });
    expect(JSON.parse(profile.roles)).toEqual(['resource_manager', 'application_registrar']);

    // Registering the same personal code again finds the registered person and shows a notice.
    await page.goto(`${app.baseUrl}/panel/#/users/create`);
    await page.getByLabel(/^Personas kods/).fill(personalCode);
    await page.getByLabel(/^Vārds/).fill('Cits');
    await page.getByLabel(/^Uzvārds/).fill('Vārds');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    const existing = page.getByTestId('existing-person');
    await existing.waitFor();
    expect(await existing.textContent()).toContain('jau ir reģistrēta');
    expect(await app.knex('up_users').where('personal_code', personalCode).select('first_name')).toEqual([{ first_name: 'Līga' }]);
  }, 120_000);

  it('administrator ends a profile but not its own', async () => {
    const { page } = browser;
    const viewer = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['report_viewer'] });
    await logInAsAdmin(page);

    await page.goto(`${app.baseUrl}/panel/#/profiles/${viewer.profileId}`);
    await page.getByRole('button', { name: 'Izbeigt profilu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apstiprināt' }).click();
    await page.getByText('Profils izbeigts.').waitFor();
    const ended = await app.knex('profiles').where('id', viewer.profileId).first('valid_until');
    expect(ended.valid_until < rigaToday()).toBe(true);

    // The server refuses the administrator's own profile, and the panel shows its message.
    await page.goto(`${app.baseUrl}/panel/#/profiles/${admin.profileId}`);
    await page.getByRole('button', { name: 'Izbeigt profilu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Apstiprināt' }).click();
    await page.getByText('Savu profilu izbeigt nevar: to var izdarīt cits administrators.').waitFor();
    expect(await app.knex('profiles').where('id', admin.profileId).first('valid_until')).toEqual({ valid_until: null });
  }, 120_000);

  it('institution settings need an open subtype', async () => {
    const { page } = browser;
    await logInAsAdmin(page);
    await page.goto(`${app.baseUrl}/panel/#/institutions/${school.id}/show`);

    // Contact persons: the director's phone changes.
    await page.getByRole('button', { name: 'Labot kontaktpersonas' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tālrunis').first().fill('+371 20001111');
    await dialog.getByRole('button', { name: 'Saglabāt' }).click();
    await page.getByText('Kontaktpersonas saglabātas.').waitFor();
    const director = await app.knex('institution_contacts').where({ institution_id: school.id, role: 'director' }).first('phone');
    expect(director.phone).toBe('+371 20001111');
    await page.getByTestId('institution-contacts').getByText('+371 20001111').waitFor();

    // Closing the only open subtype while accepting applications is rejected with the reason.
    await page.getByRole('button', { name: 'Labot iestatījumus' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('switch', { name: 'Chromebook dators: aktīvs' }).uncheck();
    await dialog.getByRole('button', { name: 'Saglabāt' }).click();
    const refusal = dialog.getByTestId('action-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Iestāde nevar pieņemt pieteikumus, ja tai nav neviena atvērta resursa apakštipa');
    await saveScreenshot(page, 'institution-settings-no-open-subtype');
    const chromebook = await app
      .knex('subtype_settings as ss')
      .join('resource_subtypes as s', 's.id', 'ss.subtype_id')
      .where({ 'ss.institution_id': school.id, 's.code': 'chromebook' })
      .first('ss.open');
    expect(chromebook.open).toBe(true);

    // Turning applications off as well is accepted.
    await dialog.getByRole('switch', { name: 'Aktīvs (pieņem pieteikumus)' }).uncheck();
    await dialog.getByRole('button', { name: 'Saglabāt' }).click();
    await page.getByText('Iestatījumi saglabāti.').waitFor();
    expect(await app.knex('institutions').where('id', school.id).first('accepts_applications')).toEqual({ accepts_applications: false });

    // A school's own administrator may not activate or deactivate it.
    expect(await page.getByRole('button', { name: 'Deaktivizēt' }).count()).toBe(0);
  }, 120_000);

  it('institution edit saves its address', async () => {
    const { page } = browser;
    await logInAsAdmin(page);
    await page.goto(`${app.baseUrl}/panel/#/institutions/${school.id}/show`);
    await page.getByRole('link', { name: 'Labot' }).click();
    await page.getByLabel(/^Adrese/).fill('Brīvības iela 10');
    await page.getByLabel(/^Pilsēta/).fill('Jelgava');
    await page.getByLabel(/^E-pasts/).fill('kanceleja@example.lv');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await page.waitForURL(new RegExp(`#/institutions/${school.id}/show`));
    await page.getByText('Brīvības iela 10').waitFor();
    expect(await app.knex('institutions').where('id', school.id).first('address', 'town', 'email', 'phone')).toEqual({
      address: 'Brīvības iela 10',
      town: 'Jelgava',
      email: 'kanceleja@example.lv',
      phone: '+371 67000000',
    });
  }, 120_000);

  it('supervisor administrator activates and deactivates a school', async () => {
    const { page } = browser;
    const inactive = await createInstitution(app, { status: 'inactive', accepting: false });
    const supervisorAdmin = await createStaff(app, { level: 'municipality', supervisorId: inactive.supervisorId, roles: ['admin'] });
    const directorCode = newPersonalCode();

    await logOut(browser);
    await devLogin(page, app.baseUrl, await nameOf(app, supervisorAdmin.userId));
    await page.getByRole('menuitem', { name: 'Profili' }).waitFor();
    await page.goto(`${app.baseUrl}/panel/#/institutions/${inactive.id}/show`);
    await page.getByRole('button', { name: 'Aktivizēt' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Direktora personas kods/).fill(directorCode);
    await dialog.getByLabel(/^Direktora vārds/).fill('Dace');
    await dialog.getByLabel(/^Direktora uzvārds/).fill(`Direktore ${uniqueSuffix()}`);
    await dialog.getByLabel(/^Direktora e-pasts/).fill('direktore@example.lv');
    await dialog.getByRole('button', { name: 'Aktivizēt' }).click();
    await page.getByText('Iestāde aktivizēta, direktoram piešķirtas administratora tiesības, un e-pasts nosūtīts direktoram.').waitFor();

    expect(await app.knex('institutions').where('id', inactive.id).first('status')).toEqual({ status: 'active' });
    const director = await app.knex('up_users').where('personal_code', directorCode).first('id');
    const directorProfile = await app.knex('profiles').where('user_id', director.id).first('level', 'institution_id', 'roles');
    expect(directorProfile).toMatchObject({ level: 'institution', institution_id: inactive.id });
    expect(JSON.parse(directorProfile.roles)).toEqual(['admin']);

    await page.getByRole('button', { name: 'Deaktivizēt' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deaktivizēt' }).click();
    await page.getByText('Iestāde deaktivizēta.').waitFor();
    expect(await app.knex('institutions').where('id', inactive.id).first('status', 'accepts_applications')).toEqual({
      status: 'inactive',
      accepts_applications: false,
    });
    await page.getByRole('button', { name: 'Aktivizēt' }).waitFor();
  }, 120_000);
});
