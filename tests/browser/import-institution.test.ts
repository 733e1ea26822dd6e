import fs from 'node:fs';
import path from 'node:path';
import { startApp, type TestApp } from '../support/app';
import { createInstitution, createStaff, type TestInstitution } from '../support/fixtures';
import { uniqueSuffix } from '../support/people';
import { devLogin, launchChromium, requireBuiltPanel, type Browser } from './chromium';

/** More institutions under one municipality than one request of the panel may list. */
const EXTRA_INSTITUTIONS = 510;

describe('import institution choice in Chromium', () => {
  let app: TestApp;
  let target: TestInstitution;
  let browser: Browser;
  const tag = uniqueSuffix();

  beforeAll(async () => {
    requireBuiltPanel();
    app = await startApp();
    for (let index = 0; index < EXTRA_INSTITUTIONS; index += 1) {
      await createInstitution(app, { withContacts: false, subtypes: {} });
    }
    // The name sorts after every other institution, so a list of the first names leaves it out.
    target = await createInstitution(app, { withContacts: false });
    await app.knex('institutions').where('id', target.id).update({ name: `Žīguru pamatskola ${tag}` });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('finds a school by name among hundreds and imports into it', async () => {
    const manager = await createStaff(app, { level: 'municipality', supervisorId: target.supervisorId, roles: ['resource_manager'] });
    const managerUser = await app.knex('up_users').where('id', manager.userId).first('first_name', 'last_name');
    const { page } = browser;
    await devLogin(page, app.baseUrl, `${managerUser.first_name} ${managerUser.last_name}`);
    await page.getByRole('menuitem', { name: 'Resursi' }).click();
    await page.getByRole('link', { name: 'Importēt' }).click();

    // Typing the name sends a search to the server, which finds the school beyond the first page.
    const institutionField = page.getByRole('combobox', { name: 'Izglītības iestāde' });
    await institutionField.fill(`Žīguru pamatskola ${tag}`);
    await page.getByRole('option', { name: `Žīguru pamatskola ${tag}` }).click();
    expect(await institutionField.inputValue()).toBe(`Žīguru pamatskola ${tag}`);

    // A one-row CSV file (semicolon separated, decimal comma) goes into the chosen school.
    const headers = ['Apakštips', 'Ražotājs', 'Modelis', 'Sērijas numurs', 'Inventāra numurs', 'Iegādes veids', 'Lietošanas mērķis', 'Mērķa grupa'];
    const parameters = ['Operētājsistēma', 'Operatīvā atmiņa (GB)', 'Datu krātuve (GB)', 'Ekrāna izmērs (collas)', 'Vērtība EUR ar PVN'];
    const row = ['Chromebook dators', 'Lenovo', `Import ${tag}`, `IMP-${tag}`, `IMPINV-${tag}`, 'Ministrija', 'Izsniegšanai individuāli', 'Izglītojamiem'];
    const parameterValues = ['ChromeOS', '4', '32', '11,6', '389,00'];
    const file = path.join(browser.downloadDir, 'import-one.csv');
    fs.writeFileSync(file, `${[...headers, ...parameters].join(';')}\n${[...row, ...parameterValues].join(';')}\n`);
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-file-name').filter({ hasText: 'import-one.csv' }).waitFor();
    await page.getByRole('button', { name: 'Importēt', exact: true }).click();
    await page.getByTestId('import-result').waitFor();

    const stored = await app.knex('resources').where('serial_number', `IMP-${tag}`).first('institution_id', 'value_eur');
    expect(stored.institution_id).toBe(target.id);
    expect(Number(stored.value_eur)).toBe(389);
  }, 120_000);
});
