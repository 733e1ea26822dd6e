import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { startApp, type TestApp } from '../support/app';
import { chromebookInput, createInstitution, createStaff, loginAs, subtypeIdOf, type TestInstitution } from '../support/fixtures';
import { uniqueSuffix } from '../support/people';
import { devLogin, launchChromium, requireBuiltPanel, saveScreenshot, waitForCount, type Browser } from './chromium';

/** Chooses an option of a react-admin SelectInput by the input's label and the option's text. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Pastes text into an input the way a browser does when the user presses Ctrl+V: a paste event
 * carrying the text in clipboardData. The script is a string because it runs in the page.
 */
async function paste(page: Page, inputLabel: string, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const input = document.querySelector('input[aria-label=${JSON.stringify(inputLabel)}]');
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

/** Strapi's PostgreSQL dialect leaves JSONB columns as text when read with knex. */
function jsonColumn(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** Returns the text of each cell of a worksheet row, from the first column. */
function rowTexts(sheet: ExcelJS.Worksheet, rowNumber: number): string[] {
  const texts: string[] = [];
  sheet.getRow(rowNumber).eachCell({ includeEmpty: true }, (cell, column) => {
    texts[column - 1] = cell.text;
  });
  return texts;
}

describe('resource registry in Chromium', () => {
  let app: TestApp;
  let school: TestInstitution;
  let browser: Browser;
  let managerName: string;
  let managerId: number;

  /** Registers Chromebooks of one model through the API and returns their ids and numbers, oldest first. */
  async function registerChromebooks(model: string, count: number): Promise<Array<{ id: number; number: string }>> {
    const agent = await loginAs(app, managerId);
    const subtypeId = await subtypeIdOf(app.knex, 'chromebook');
    const created: Array<{ id: number; number: string }> = [];
    for (let index = 0; index < count; index += 1) {
      const response = await agent.post('/api/panel/resources').send(chromebookInput(subtypeId, { model }));
      expect(response.status).toBe(201);
      created.push({ id: response.body.id, number: response.body.number });
    }
    return created;
  }

  /** Opens the resource list searched by a model name and waits until it shows `count` rows. */
  async function openListOf(page: Page, model: string, count: number): Promise<void> {
    await page.goto(`${app.baseUrl}/panel/#/resources`);
    await page.getByPlaceholder('Meklēt').fill(model);
    await waitForCount(page.locator('tbody tr'), count);
  }

  beforeAll(async () => {
    requireBuiltPanel();
    app = await startApp();
    school = await createInstitution(app);
    const manager = await createStaff(app, { level: 'institution', institutionId: school.id, roles: ['resource_manager'] });
    const user = await app.knex('up_users').where('id', manager.userId).first('first_name', 'last_name');
    managerName = `${user.first_name} ${user.last_name}`;
    managerId = manager.userId;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('manager creates, copies and exports resources', async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    const model = `Chromebook ${suffix}`;
    const serial = `SN-${suffix}`;

    // The resource manager lands on the resource dashboard of a school with no resources.
    await devLogin(page, app.baseUrl, managerName);
    await page.getByTestId('dashboard-by-status').waitFor();
    expect(await page.getByTestId('resource-total').textContent()).toBe('Pārziņā ir 0 resursi');

    // A Chromebook with its technical parameters.
    await page.goto(`${app.baseUrl}/panel/#/resources/create`);
    await choose(page, 'Apakštips', 'Chromebook dators');
    await page.getByLabel(/^Ražotājs/).fill('Acer');
    await page.getByLabel(/^Modelis/).fill(model);
    await page.getByLabel(/^Sērijas numurs/).fill(serial);
    await page.getByLabel(/^Inventāra numurs/).fill(`INV-${suffix}`);
    await choose(page, 'Iegādes veids', 'Ministrija');
    await choose(page, 'Lietošanas mērķis', 'Izsniegšanai individuāli');
    await choose(page, 'Mērķa grupa', 'Izglītojamiem');
    await page.getByLabel(/^Operētājsistēma/).fill('ChromeOS');
    await page.getByLabel(/^Operatīvā atmiņa/).fill('8');
    await page.getByLabel(/^Datu krātuve/).fill('64');
    await page.getByLabel(/^Ekrāna izmērs/).fill('14');
    await page.getByLabel(/^Vērtība/).fill('455');
    await page.getByRole('button', { name: 'Saglabāt' }).click();

    await page.waitForURL(/#\/resources\/\d+\/show/);
    const firstNumber = `RES-${school.registrationNumber}-1`;
    await page.getByText(firstNumber).first().waitFor();
    await page.getByText('ChromeOS').waitFor();
    const original = await app.knex('resources').where('model', model).first('id', 'parameters', 'serial_number');
    // The stylus switch is off unless turned on, so it is stored as false.
    const parameters = { operating_system: 'ChromeOS', ram_gb: 8, storage_gb: 64, screen_inches: 14, stylus: false };
    expect(jsonColumn(original.parameters)).toEqual(parameters);

    // Five copies: a pasted two-column block fills the serial and inventory numbers of every row.
    await page.getByRole('button', { name: 'Kopēt' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('copy-rows').waitFor();
    const serials = [1, 2, 3, 4, 5].map((row) => `SN-${suffix}-C${row}`);
    const inventories = [1, 2, 3, 4, 5].map((row) => `INV-${suffix}-C${row}`);
    // Row 3 repeats the original's serial number, which the server rejects on that row.
    const pastedSerials = serials.map((value, index) => (index === 2 ? serial : value));
    await paste(page, 'Sērijas numurs, 1. kopija', pastedSerials.map((value, index) => `${value}\t${inventories[index]}`).join('\r\n') + '\r\n');
    expect(await dialog.getByLabel('Sērijas numurs, 5. kopija').inputValue()).toBe(serials[4]);
    expect(await dialog.getByLabel('Inventāra numurs, 5. kopija').inputValue()).toBe(inventories[4]);
    expect(await dialog.getByLabel('Sērijas numurs, 3. kopija').inputValue()).toBe(serial);

    await dialog.getByRole('button', { name: 'Izveidot 5 kopijas' }).click();
    const rejectedCell = dialog.getByLabel('Sērijas numurs, 3. kopija');
    await dialog.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await rejectedCell.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByLabel('Sērijas numurs, 2. kopija').getAttribute('aria-invalid')).toBe('false');
    await dialog.getByText(`Sērijas numurs "${serial}" (3. kopija) jau ir reģistrēts resursam ${firstNumber}.`).waitFor();
    await saveScreenshot(page, 'resource-copy-rejected-row');
    expect(await app.knex('resources').where('model', model).count({ count: '*' })).toEqual([{ count: '1' }]);

    await rejectedCell.fill(serials[2]);
    await dialog.getByRole('button', { name: 'Izveidot 5 kopijas' }).click();
    const lastNumber = `RES-${school.registrationNumber}-6`;
    const result = dialog.getByTestId('copy-result');
    await result.waitFor();
    expect(await result.textContent()).toBe(`Izveidotas 5 kopijas: no RES-${school.registrationNumber}-2 līdz ${lastNumber}.`);
    const copies = await app.knex('resources').where('model', model).whereNot('id', original.id).orderBy('sequence').select('serial_number', 'inventory_number', 'parameters');
    expect(copies.map((copy) => copy.serial_number)).toEqual(serials);
    expect(copies.map((copy) => copy.inventory_number)).toEqual(inventories);
    expect(copies.map((copy) => jsonColumn(copy.parameters))).toEqual(serials.map(() => parameters));

    // The list, searched by the model, has the six resources; the XLSX export has the same rows.
    await dialog.getByRole('link', { name: 'Atvērt resursu sarakstu' }).click();
    await page.getByPlaceholder('Meklēt').fill(model);
    await waitForCount(page.locator('tbody tr'), 6);
    await saveScreenshot(page, 'resource-list-filtered');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportēt XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^resursi.*\.xlsx$/);
    const file = path.join(browser.downloadDir, download.suggestedFilename());
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Resursi');
    if (!sheet) {
      throw new Error(`The export has no sheet "Resursi", only: ${workbook.worksheets.map((candidate) => candidate.name).join(', ')}`);
    }
    const headers = rowTexts(sheet, 1);
    for (const header of ['Numurs', 'Izglītības iestāde', 'Apakštips', 'Ražotājs', 'Modelis', 'Sērijas numurs', 'Inventāra numurs', 'Statuss', 'Operētājsistēma']) {
      expect(headers).toContain(header);
    }
    expect(sheet.actualRowCount).toBe(7);
    const column = (header: string) => headers.indexOf(header);
    const rows = [2, 3, 4, 5, 6, 7].map((rowNumber) => rowTexts(sheet, rowNumber));
    // The list is sorted by number, newest first, and the export keeps that order.
    expect(rows.map((row) => row[column('Numurs')])).toEqual([6, 5, 4, 3, 2, 1].map((sequence) => `RES-${school.registrationNumber}-${sequence}`));
    expect(rows.map((row) => row[column('Sērijas numurs')])).toEqual([...serials].reverse().concat(serial));
    expect(new Set(rows.map((row) => row[column('Modelis')]))).toEqual(new Set([model]));
    expect(new Set(rows.map((row) => row[column('Operētājsistēma')]))).toEqual(new Set(['ChromeOS']));
    expect(new Set(rows.map((row) => row[column('Apakštips')]))).toEqual(new Set(['Chromebook dators']));
  }, 120_000);

  it('bulk actions refuse a reserved resource', async () => {
    const { page } = browser;
    const model = `Bulk ${uniqueSuffix()}`;
    const [reserved, first, second] = await registerChromebooks(model, 3);
    await app.knex('resources').where('id', reserved.id).update({ status: 'reserved' });

    // Selecting all three and changing their status is rejected as a whole, naming the reserved one.
    await openListOf(page, model, 3);
    await page.getByRole('checkbox', { name: 'Atlasīt visus' }).check();
    await page.getByRole('button', { name: 'Mainīt statusu' }).click();
    let dialog = page.getByRole('dialog');
    await choose(page, 'Statuss', 'Apkopē');
    await dialog.getByRole('button', { name: 'Mainīt statusu' }).click();
    const refusal = dialog.getByTestId('action-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(reserved.number);
    expect(await refusal.textContent()).toContain('Rezervētus, lietošanā esošus un norakstītus resursus nevar mainīt');
    await saveScreenshot(page, 'resource-bulk-refused');
    expect(await app.knex('resources').whereIn('id', [reserved.id, first.id, second.id]).orderBy('id').pluck('status')).toEqual(['reserved', 'available', 'available']);
    await dialog.getByRole('button', { name: 'Atcelt' }).click();

    // Without the reserved resource, the status, then the location change for both.
    await page.getByRole('row', { name: new RegExp(reserved.number) }).getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: 'Mainīt statusu' }).click();
    dialog = page.getByRole('dialog');
    await choose(page, 'Statuss', 'Apkopē');
    await dialog.getByRole('button', { name: 'Mainīt statusu' }).click();
    await page.getByText('Statuss mainīts 2 resursiem.').waitFor();
    expect(await app.knex('resources').whereIn('id', [first.id, second.id]).pluck('status')).toEqual(['maintenance', 'maintenance']);

    await page.getByRole('row', { name: new RegExp(first.number) }).getByRole('checkbox').check();
    await page.getByRole('row', { name: new RegExp(second.number) }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Mainīt atrašanās vietu' }).click();
    dialog = page.getByRole('dialog');
    await choose(page, 'Atrašanās vieta', 'Bibliotēkā');
    await dialog.getByRole('button', { name: 'Mainīt atrašanās vietu' }).click();
    await page.getByText('Atrašanās vieta mainīta 2 resursiem.').waitFor();
    expect(await app.knex('resources').whereIn('id', [first.id, second.id]).pluck('location')).toEqual(['library', 'library']);

    // Bulk write-off of both, with today's date and a reason.
    await page.getByRole('row', { name: new RegExp(first.number) }).getByRole('checkbox').check();
    await page.getByRole('row', { name: new RegExp(second.number) }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Norakstīt' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Norakstīšanas iemesls/).fill('Nav remontējami');
    await dialog.getByRole('button', { name: 'Norakstīt' }).click();
    await page.getByText('Norakstīti 2 resursi.').waitFor();
    const writtenOff = await app.knex('resources').whereIn('id', [first.id, second.id]).select('status', 'write_off_reason');
    expect(writtenOff).toEqual([
      { status: 'written_off', write_off_reason: 'Nav remontējami' },
      { status: 'written_off', write_off_reason: 'Nav remontējami' },
    ]);
  }, 120_000);

  it('write-off button closes one resource', async () => {
    const { page } = browser;
    const [resource] = await registerChromebooks(`Single ${uniqueSuffix()}`, 1);
    await page.goto(`${app.baseUrl}/panel/#/resources/${resource.id}/show`);
    await page.getByRole('button', { name: 'Norakstīt' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Norakstīšanas iemesls/).fill('Nozaudēts pirms gadiem');
    await dialog.getByRole('button', { name: 'Norakstīt' }).click();
    await page.getByText('Norakstīts 1 resurss.').waitFor();
    // A written-off resource is closed: no write-off, copy or edit buttons.
    await page.getByRole('button', { name: 'Norakstīt' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Kopēt' }).count()).toBe(0);
    expect(await app.knex('resources').where('id', resource.id).first('status', 'write_off_reason')).toEqual({
      status: 'written_off',
      write_off_reason: 'Nozaudēts pirms gadiem',
    });
  }, 120_000);

  it('dashboard charts match the school resources', async () => {
    const { page } = browser;
    const [stale] = await registerChromebooks(`Stale ${uniqueSuffix()}`, 1);
    await app.knex('resources').where('id', stale.id).update({ status_confirmed_at: new Date(Date.now() - 60 * 86_400_000) });
    const expected: Array<{ status: string; count: string }> = await app
      .knex('resources')
      .where('institution_id', school.id)
      .groupBy('status')
      .select('status')
      .count({ count: '*' });

    await page.goto(`${app.baseUrl}/panel/#/`);
    const byStatus = page.getByTestId('chart-by-status');
    await byStatus.waitFor();
    const bars: Record<string, number> = {};
    for (const bar of await byStatus.locator('[data-bar]').all()) {
      bars[String(await bar.getAttribute('data-bar'))] = Number(await bar.getAttribute('data-count'));
    }
    expect(bars).toEqual(Object.fromEntries(expected.map((row) => [row.status, Number(row.count)])));
    const total = expected.reduce((sum, row) => sum + Number(row.count), 0);
    expect(await page.getByTestId('chart-by-subtype').locator('[data-bar]').getAttribute('data-count')).toBe(String(total));
    expect(await page.getByTestId('stale-count').textContent()).toBe('1');
    await page.getByTestId('dashboard-stale').getByRole('link', { name: stale.number }).waitFor();
    await saveScreenshot(page, 'resource-dashboard');

    // A status bar opens the list filtered by that status.
    await byStatus.getByRole('link', { name: 'Norakstīts' }).click();
    await page.waitForURL(/#\/resources\?/);
    const writtenOff = expected.find((row) => row.status === 'written_off');
    await waitForCount(page.locator('tbody tr'), Number(writtenOff?.count));
  }, 120_000);

  it('import lists rejected cells, then imports the file', async () => {
    const { page } = browser;
    await page.goto(`${app.baseUrl}/panel/#/resources`);
    await page.getByRole('link', { name: 'Importēt' }).click();
    await page.getByRole('heading', { name: '1. Lejupielādējiet veidni' }).waitFor();

    // The XLSX template has the Latvian headers.
    const [templateDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Veidne (XLSX)' }).click()]);
    expect(templateDownload.suggestedFilename()).toBe('resursu-importa-veidne.xlsx');
    const templateFile = path.join(browser.downloadDir, templateDownload.suggestedFilename());
    await templateDownload.saveAs(templateFile);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(templateFile);
    const headers = rowTexts(template.getWorksheet('Resursi') as ExcelJS.Worksheet, 1).filter(Boolean);
    expect(headers.slice(0, 5)).toEqual(['Apakštips', 'Ražotājs', 'Modelis', 'Sērijas numurs', 'Inventāra numurs']);

    // A CSV with the template's columns: the second data row (file row 3) lacks the manufacturer.
    const suffix = uniqueSuffix();
    const values = (row: number, manufacturer: string): Record<string, string> => ({
      Apakštips: 'Chromebook dators',
      Ražotājs: manufacturer,
      Modelis: `Import ${suffix}`,
      'Sērijas numurs': `IMP-${suffix}-${row}`,
      'Inventāra numurs': `IMPINV-${suffix}-${row}`,
      'Iegādes veids': 'Ministrija',
      'Lietošanas mērķis': 'Izsniegšanai individuāli',
      'Mērķa grupa': 'Izglītojamiem',
      Operētājsistēma: 'ChromeOS',
      'Operatīvā atmiņa (GB)': '4',
      'Datu krātuve (GB)': '32',
      'Ekrāna izmērs (collas)': '11.6',
      'Vērtība ar PVN (EUR)': '389.00',
    });
    const csv = (rows: Array<Record<string, string>>) =>
      [headers.join(','), ...rows.map((row) => headers.map((header) => row[header] ?? '').join(','))].join('\n') + '\n';
    const rejectedFile = path.join(browser.downloadDir, 'import-rejected.csv');
    fs.writeFileSync(rejectedFile, csv([values(1, 'Lenovo'), values(2, '')]));
    await page.getByTestId('import-file').setInputFiles(rejectedFile);
    await page.getByTestId('import-file-name').filter({ hasText: 'import-rejected.csv' }).waitFor();
    await page.getByRole('button', { name: 'Importēt', exact: true }).click();
    await page.getByTestId('import-rejected').waitFor();
    const errorRows = await page.getByTestId('import-errors').locator('tbody tr').allTextContents();
    expect(errorRows).toHaveLength(1);
    expect(errorRows[0]).toMatch(/^3Ražotājs/);
    await saveScreenshot(page, 'resource-import-rejected');
    expect(await app.knex('resources').where('model', `Import ${suffix}`).count({ count: '*' })).toEqual([{ count: '0' }]);

    // The corrected file is imported whole, with consecutive numbers.
    const fixedFile = path.join(browser.downloadDir, 'import-fixed.csv');
    fs.writeFileSync(fixedFile, csv([values(1, 'Lenovo'), values(2, 'Lenovo')]));
    await page.getByTestId('import-file').setInputFiles(fixedFile);
    await page.getByTestId('import-file-name').filter({ hasText: 'import-fixed.csv' }).waitFor();
    await page.getByRole('button', { name: 'Importēt', exact: true }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    const numbers = await app.knex('resources').where('model', `Import ${suffix}`).orderBy('sequence').pluck('number');
    expect(numbers).toHaveLength(2);
    expect(await result.textContent()).toContain(`Importēti 2 resursi: no ${numbers[0]} līdz ${numbers[1]}.`);
  }, 120_000);
});
