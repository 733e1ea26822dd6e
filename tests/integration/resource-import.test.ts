import { createId } from '@paralleldrive/cuid2';
import ExcelJS from 'exceljs';
import { lv } from '../../admin/src/i18n/lv';
import { startApp, type TestApp } from '../support/app';
import {
  chromebookInput,
  createInstitution,
  createStaff,
  loginAs,
  staffAgent,
  subtypeIdOf,
  type TestInstitution,
} from '../support/fixtures';
import { uniqueSuffix } from '../support/people';

type Agent = Awaited<ReturnType<typeof loginAs>>;

const HEADERS = [
  'Apakštips',
  'Ražotājs',
  'Modelis',
  'Sērijas numurs',
  'Inventāra numurs',
  'Izgatavošanas gads',
  'Iestādes piešķirtais nosaukums',
  'Resursu grupa',
  'Iegādes veids',
  'Finansējuma programma',
  'Iegādes datums',
  'Vērtība ar PVN (EUR)',
  'Lietošanas mērķis',
  'Mērķa grupa',
  'Sociālā atbalsta resurss',
  'Atrašanās vieta',
  'Statuss',
  'Operētājsistēma',
  'Operatīvā atmiņa (GB)',
  'Datu krātuve (GB)',
  'Ekrāna izmērs (collas)',
  'Korpusa veids',
  'Irbulis',
  'Savienojamība',
  'Tehniskās piezīmes',
  'Piezīmes (stāvoklis)',
] as const;
type Header = (typeof HEADERS)[number];

/** Headers of the template before they took the panel form's labels; schools still fill in such files. */
const PREVIOUS_HEADERS: Partial<Record<Header, string>> = {
  'Vērtība ar PVN (EUR)': 'Vērtība EUR ar PVN',
  'Korpusa veids': 'Korpusa tips',
  'Tehniskās piezīmes': 'Parametru piezīmes',
};

/** Resource fields in the template's column order, then the technical parameters, then the notes. */
const TEMPLATE_FIELDS = [
  'subtypeId',
  'manufacturer',
  'model',
  'serialNumber',
  'inventoryNumber',
  'manufactureYear',
  'ownName',
  'resourceGroup',
  'acquisitionType',
  'fundingProgramme',
  'acquisitionDate',
  'valueEur',
  'usagePurpose',
  'targetGroup',
  'socialSupport',
  'location',
  'status',
] as const;
const TEMPLATE_PARAMETERS = ['operating_system', 'ram_gb', 'storage_gb', 'screen_inches', 'case_type', 'stylus', 'connectivity', 'notes'];

/** Returns the panel form's Latvian labels of the template's columns, read from the panel's language pack. */
function panelLabels(): string[] {
  const resource = (lv.resources as Record<string, { fields: Record<string, string>; parameters: Record<string, string> }>).resources;
  return [
    ...TEMPLATE_FIELDS.map((field) => resource.fields[field]),
    ...TEMPLATE_PARAMETERS.map((key) => resource.parameters[key]),
    resource.fields.notes,
  ];
}

/** Internal names that no message may show: API field names, parameter keys and code-list codes. */
const INTERNAL_NAME = /\b(?:[a-z]+_[a-z_]+|[a-z]+[A-Z][A-Za-z]*)\b/;

/** Builds a valid row that mixes Latvian labels and codes, as a person filling in the template would. */
function rowValues(overrides: Partial<Record<Header, string>> = {}): string[] {
  const suffix = uniqueSuffix();
  const values: Record<Header, string> = {
    Apakštips: 'Chromebook dators',
    Ražotājs: 'Acer',
    Modelis: 'Chromebook 314',
    'Sērijas numurs': `SN-${suffix}`,
    'Inventāra numurs': `INV-${suffix}`,
    'Izgatavošanas gads': '2023',
    'Iestādes piešķirtais nosaukums': 'Skolēnu dators',
    'Resursu grupa': '7.b',
    'Iegādes veids': 'Ministrija',
    'Finansējuma programma': 'every_child',
    'Iegādes datums': '01.02.2023',
    'Vērtība ar PVN (EUR)': '416,50',
    'Lietošanas mērķis': 'Izsniegšanai individuāli',
    'Mērķa grupa': 'learners',
    'Sociālā atbalsta resurss': 'Nē',
    'Atrašanās vieta': 'Noliktavā',
    Statuss: 'Pieejams izsniegšanai',
    Operētājsistēma: 'ChromeOS',
    'Operatīvā atmiņa (GB)': '4',
    'Datu krātuve (GB)': '64',
    'Ekrāna izmērs (collas)': '14',
    'Korpusa veids': '',
    Irbulis: 'Jā',
    Savienojamība: 'Wi-Fi',
    'Tehniskās piezīmes': '',
    'Piezīmes (stāvoklis)': 'Jauns',
    ...overrides,
  };
  return HEADERS.map((header) => values[header]);
}

function csvField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(rows: string[][], separator = ',', headers: readonly string[] = HEADERS): string {
  return [headers, ...rows].map((row) => row.map(csvField).join(separator)).join('\r\n') + '\r\n';
}

/** Encodes text in Windows-1257, the code page of a plain "CSV" saved by Excel on a Latvian system. */
function windows1257(text: string): Buffer {
  const decoder = new TextDecoder('windows-1257');
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
  }
  return Buffer.from([...text].map((character) => byteOf.get(character) ?? 0x3f));
}

/** Copies a Buffer into the ArrayBuffer that exceljs declares as its input. */
function arrayBufferOf(buffer: Buffer): ArrayBuffer {
  return new Uint8Array(buffer).buffer;
}

describe('resource import', () => {
  let app: TestApp;
  let chromebook: number;

  beforeAll(async () => {
    app = await startApp();
    chromebook = await subtypeIdOf(app.knex, 'chromebook');
  });

  afterAll(async () => {
    await app.stop();
  });

  async function newSchool(): Promise<{ school: TestInstitution; manager: Agent; userId: number }> {
    const school = await createInstitution(app);
    const staff = await staffAgent(app, school, ['resource_manager']);
    return { school, manager: staff.agent, userId: staff.userId };
  }

  async function resourceCount(school: TestInstitution): Promise<number> {
    const [{ count }] = await app.knex('resources').where('institution_id', school.id).count({ count: '*' });
    return Number(count);
  }

  function upload(agent: Agent, content: string | Buffer, fileName = 'resursi.csv') {
    return agent
      .post('/api/panel/resources/import')
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), fileName);
  }

  async function xlsxFile(rows: Array<Array<string | number | boolean | Date | null>>): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Resursi');
    sheet.addRow([...HEADERS]);
    for (const row of rows) {
      sheet.addRow(row);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  describe('template', () => {
    it('offers an XLSX template with the headers and allowed codes', async () => {
      const { manager } = await newSchool();
      const response = await manager.get('/api/panel/resources/import-template?format=xlsx').responseType('blob');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      expect(response.headers['content-disposition']).toBe('attachment; filename="resursu-importa-veidne.xlsx"');

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(arrayBufferOf(response.body));
      const resources = workbook.getWorksheet('Resursi');
      const headerRow = resources?.getRow(1).values as unknown[];
      expect(headerRow.slice(1)).toEqual([...HEADERS]);

      const codes = workbook.getWorksheet('Kodi');
      const codeRows: string[][] = [];
      codes?.eachRow((row) => codeRows.push((row.values as string[]).slice(1)));
      expect(codeRows[0]).toEqual(['Kolonna', 'Kods', 'Nosaukums']);
      expect(codeRows).toContainEqual(['Apakštips', 'chromebook', 'Chromebook dators']);
      expect(codeRows).toContainEqual(['Statuss', 'available', 'Pieejams izsniegšanai']);
      expect(codeRows).toContainEqual(['Atrašanās vieta', 'storage', 'Noliktavā']);
      expect(codeRows).toContainEqual(['Sociālā atbalsta resurss', 'true', 'Jā']);
      // Reserved, in use and written off follow from acts and write-off, so an import cannot set them.
      expect(codeRows.filter((row) => row[0] === 'Statuss').map((row) => row[1])).not.toContain('reserved');
      expect(workbook.getWorksheet('Parametri')).toBeDefined();
    });

    it('offers a CSV template with the headers', async () => {
      const { manager } = await newSchool();
      const response = await manager.get('/api/panel/resources/import-template?format=csv').responseType('blob');
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toBe('attachment; filename="resursu-importa-veidne.csv"');
      const text = (response.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.slice(1)).toBe(`${HEADERS.join(';')}\r\n`);
    });

    it('names the columns as the panel form does', async () => {
      const { manager } = await newSchool();
      const xlsx = await manager.get('/api/panel/resources/import-template?format=xlsx').responseType('blob');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(arrayBufferOf(xlsx.body));
      const headerRow = (workbook.getWorksheet('Resursi')?.getRow(1).values as unknown[]).slice(1);
      expect(headerRow).toEqual(panelLabels());

      const csvTemplate = await manager.get('/api/panel/resources/import-template?format=csv').responseType('blob');
      expect((csvTemplate.body as Buffer).toString('utf8').slice(1)).toBe(`${panelLabels().join(';')}\r\n`);
    });

    it('rejects an unknown template format', async () => {
      const { manager } = await newSchool();
      const response = await manager.get('/api/panel/resources/import-template?format=ods');
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe('format');
    });
  });

  describe('valid files', () => {
    it('imports a CSV file with labels and codes', async () => {
      const { school, manager, userId } = await newSchool();
      const rows = [
        rowValues(),
        rowValues({ 'Iegādes veids': 'municipality', Statuss: 'new', 'Atrašanās vieta': 'library' }),
        rowValues({ Apakštips: 'tablet', Irbulis: '' }),
      ];
      const response = await upload(manager, csv(rows));
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ created: 3, numbers: [`RES-${school.registrationNumber}-1`, `RES-${school.registrationNumber}-3`] });

      const stored = await app.knex('resources').where('institution_id', school.id).orderBy('sequence').select('*');
      expect(stored.map((row) => row.serial_number)).toEqual(rows.map((row) => row[3]));
      expect(stored[0]).toMatchObject({
        manufacturer: 'Acer',
        manufacture_year: 2023,
        own_name: 'Skolēnu dators',
        acquisition_type: 'ministry',
        funding_programme: 'every_child',
        acquisition_date: '2023-02-01',
        value_eur: 416.5,
        usage_purpose: 'issued_individually',
        target_group: 'learners',
        social_support: false,
        location: 'storage',
        status: 'available',
        notes: 'Jauns',
      });
      expect(JSON.parse(stored[0].parameters)).toEqual({
        operating_system: 'ChromeOS',
        ram_gb: 4,
        storage_gb: 64,
        screen_inches: 14,
        stylus: true,
        connectivity: 'Wi-Fi',
      });
      expect(stored[1]).toMatchObject({ acquisition_type: 'municipality', status: 'new', location: 'library' });
      expect(stored[2].subtype_id).toBe(await subtypeIdOf(app.knex, 'tablet'));

      const history = await app
        .knex('resource_status_changes')
        .where('resource_id', stored[1].id)
        .select('from_status', 'to_status', 'user_id');
      expect(history).toEqual([{ from_status: null, to_status: 'new', user_id: userId }]);
    });

    it('imports an XLSX file with date and number cells', async () => {
      const { school, manager } = await newSchool();
      const first = rowValues();
      const second = rowValues();
      const cells = [first, second].map((values) =>
        values.map((value, index): string | number | Date | null => {
          const header = HEADERS[index];
          if (header === 'Iegādes datums') {
            return new Date(Date.UTC(2024, 8, 30));
          }
          if (
            ['Izgatavošanas gads', 'Vērtība ar PVN (EUR)', 'Operatīvā atmiņa (GB)', 'Datu krātuve (GB)', 'Ekrāna izmērs (collas)'].includes(
              header,
            )
          ) {
            return Number(value.replace(',', '.'));
          }
          return value === '' ? null : value;
        }),
      );
      const response = await upload(manager, await xlsxFile(cells), 'resursi.xlsx');
      expect(response.status).toBe(201);
      expect(response.body.created).toBe(2);
      const stored = await app
        .knex('resources')
        .where('institution_id', school.id)
        .orderBy('sequence')
        .first('acquisition_date', 'value_eur', 'parameters');
      expect(stored.acquisition_date).toBe('2024-09-30');
      expect(stored.value_eur).toBe(416.5);
      expect(JSON.parse(stored.parameters).ram_gb).toBe(4);
    });

    it('imports a file made from the previous template', async () => {
      const { school, manager } = await newSchool();
      const previousHeaders = HEADERS.map((header) => PREVIOUS_HEADERS[header] ?? header);
      expect(previousHeaders).toContain('Korpusa tips');
      const row = rowValues({ 'Korpusa veids': 'Plastmasas', 'Tehniskās piezīmes': 'Ar aizsargvāciņu', 'Vērtība ar PVN (EUR)': '399,90' });
      const response = await upload(manager, csv([row], ';', previousHeaders));
      expect(response.status).toBe(201);
      expect(response.body.created).toBe(1);

      const stored = await app.knex('resources').where('institution_id', school.id).first('value_eur', 'parameters');
      expect(stored.value_eur).toBe(399.9);
      expect(JSON.parse(stored.parameters)).toMatchObject({ case_type: 'Plastmasas', notes: 'Ar aizsargvāciņu' });
    });

    it('imports an XLSX file made from the previous template', async () => {
      const { school, manager } = await newSchool();
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Resursi');
      sheet.addRow(HEADERS.map((header) => PREVIOUS_HEADERS[header] ?? header));
      sheet.addRow(rowValues({ 'Korpusa veids': 'Metāla', 'Vērtība ar PVN (EUR)': '250' }));
      const response = await upload(manager, Buffer.from(await workbook.xlsx.writeBuffer()), 'resursi.xlsx');
      expect(response.status).toBe(201);

      const stored = await app.knex('resources').where('institution_id', school.id).first('value_eur', 'parameters');
      expect(stored.value_eur).toBe(250);
      expect(JSON.parse(stored.parameters).case_type).toBe('Metāla');
    });

    it('imports a semicolon-separated Windows-1257 file', async () => {
      const { school, manager } = await newSchool();
      const response = await upload(
        manager,
        windows1257(csv([rowValues({ 'Iestādes piešķirtais nosaukums': 'Ķīmijas kabineta dators' })], ';')),
      );
      expect(response.status).toBe(201);
      const stored = await app.knex('resources').where('institution_id', school.id).first('own_name', 'location');
      expect(stored.own_name).toBe('Ķīmijas kabineta dators');
      expect(stored.location).toBe('storage');
    });

    it('imports a raw text/csv body', async () => {
      const { manager } = await newSchool();
      const response = await manager
        .post('/api/panel/resources/import')
        .set('Content-Type', 'text/csv')
        .send(csv([rowValues()]));
      expect(response.status).toBe(201);
      expect(response.body.created).toBe(1);
    });

    it('imports 5,000 rows with consecutive numbers', async () => {
      const { school, manager } = await newSchool();
      const rows = Array.from({ length: 5000 }, (_value, index) =>
        rowValues({ 'Sērijas numurs': `BULK-SN-${index}`, 'Inventāra numurs': `BULK-INV-${index}` }),
      );
      const response = await upload(manager, csv(rows));
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        created: 5000,
        numbers: [`RES-${school.registrationNumber}-1`, `RES-${school.registrationNumber}-5000`],
      });
      expect(await resourceCount(school)).toBe(5000);

      const sequences = await app.knex('resources').where('institution_id', school.id).orderBy('sequence').pluck('sequence');
      expect(sequences[0]).toBe(1);
      expect(sequences[4999]).toBe(5000);
      expect(new Set(sequences).size).toBe(5000);
      const row = await app.knex('resources').where({ institution_id: school.id, sequence: 1234 }).first('serial_number', 'number');
      expect(row).toEqual({ serial_number: 'BULK-SN-1233', number: `RES-${school.registrationNumber}-1234` });
      const [{ count: historyCount }] = await app
        .knex('resource_status_changes as h')
        .join('resources as r', 'r.id', 'h.resource_id')
        .where('r.institution_id', school.id)
        .count({ count: '*' });
      expect(Number(historyCount)).toBe(5000);
    });

    it('lets a supervisor profile import into one of its schools', async () => {
      const { school } = await newSchool();
      const municipal = await createStaff(app, { level: 'municipality', supervisorId: school.supervisorId, roles: ['resource_manager'] });
      const agent = await loginAs(app, municipal.userId);

      const withoutInstitution = await upload(agent, csv([rowValues()]));
      expect(withoutInstitution.status).toBe(400);
      expect(withoutInstitution.body.error.field).toBe('institutionId');

      const farSchool = await createInstitution(app, { supervisorCode: 'LV-DGV' });
      const outside = await agent
        .post('/api/panel/resources/import')
        .field('institutionId', String(farSchool.id))
        .attach('file', Buffer.from(csv([rowValues()])), 'resursi.csv');
      expect(outside.status).toBe(404);

      const inside = await agent
        .post('/api/panel/resources/import')
        .field('institutionId', String(school.id))
        .attach('file', Buffer.from(csv([rowValues()])), 'resursi.csv');
      expect(inside.status).toBe(201);
      expect(inside.body.numbers[0]).toBe(`RES-${school.registrationNumber}-1`);
    });
  });

  describe('rejected files', () => {
    it('reports an error in each of three rows and stores nothing', async () => {
      const { school, manager } = await newSchool();
      const rows = [
        rowValues(),
        rowValues({ 'Iegādes veids': 'Nopirkts tirgū' }),
        rowValues({ 'Sērijas numurs': '' }),
        rowValues(),
        rowValues({ 'Operatīvā atmiņa (GB)': '8 GB' }),
      ];
      const response = await upload(manager, csv(rows));
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('IMPORT_INVALID');
      expect(response.body.error.details.errorCount).toBe(3);
      const errors = response.body.error.details.errors as Array<{ row: number; column: string; message: string }>;
      expect(errors.map(({ row, column }) => ({ row, column }))).toEqual([
        { row: 3, column: 'Iegādes veids' },
        { row: 4, column: 'Sērijas numurs' },
        { row: 6, column: 'Operatīvā atmiņa (GB)' },
      ]);
      expect(errors[0].message).toContain('Nopirkts tirgū');
      expect(errors[0].message).toContain('Ministrija');
      expect(errors[1].message).toBe('Vērtība ir obligāta.');
      expect(errors[2].message).toContain('pozitīvam skaitlim');
      expect(await resourceCount(school)).toBe(0);

      // The rejected import used up no numbers.
      const created = await manager.post('/api/panel/resources').send(chromebookInput(chromebook));
      expect(created.body.number).toBe(`RES-${school.registrationNumber}-1`);
    });

    it('reports every problem of a row', async () => {
      const { manager } = await newSchool();
      const response = await upload(
        manager,
        csv([
          rowValues({
            Modelis: '',
            'Izgatavošanas gads': '1850',
            'Iegādes datums': '31.02.2023',
            Irbulis: 'varbūt',
            'Atrašanās vieta': 'Mājās',
          }),
        ]),
      );
      expect(response.status).toBe(422);
      const columns = response.body.error.details.errors.map((error: { column: string }) => error.column);
      expect(columns).toEqual(['Modelis', 'Izgatavošanas gads', 'Iegādes datums', 'Atrašanās vieta', 'Irbulis']);
    });

    describe('messages', () => {
      /** Rows whose cells break each kind of rule once; the subtype of row 3 is unknown. */
      function rowsWithBadCells(): string[][] {
        return [
          rowValues({
            'Izgatavošanas gads': 'pērn',
            'Iegādes datums': '31.02.2023',
            'Vērtība ar PVN (EUR)': '349 EUR',
            Statuss: 'Pieejams',
            'Operatīvā atmiņa (GB)': 'četri',
            Irbulis: 'varbūt',
          }),
          rowValues({
            Apakštips: 'Planšete X',
            'Izgatavošanas gads': '1850',
            'Iegādes datums': 'vakar',
            'Sociālā atbalsta resurss': 'dažreiz',
          }),
          rowValues({ Modelis: 'M'.repeat(121), 'Izgatavošanas gads': '2023,5', 'Iegādes datums': '2023-13-01' }),
        ];
      }

      async function rejectedMessages(manager: Agent, language: 'lv' | 'en'): Promise<Map<string, string>> {
        const response = await upload(manager, csv(rowsWithBadCells())).set('Accept-Language', language);
        expect(response.status).toBe(422);
        const errors = response.body.error.details.errors as Array<{ row: number; column: string; message: string }>;
        return new Map(errors.map((error) => [`${error.row}:${error.column}`, error.message]));
      }

      it('say which values are accepted, in Latvian', async () => {
        const { manager } = await newSchool();
        const messages = await rejectedMessages(manager, 'lv');
        expect([...messages.keys()]).toEqual([
          '2:Izgatavošanas gads',
          '2:Iegādes datums',
          '2:Vērtība ar PVN (EUR)',
          '2:Statuss',
          '2:Operatīvā atmiņa (GB)',
          '2:Irbulis',
          '3:Apakštips',
          '3:Izgatavošanas gads',
          '3:Iegādes datums',
          '3:Sociālā atbalsta resurss',
          '4:Modelis',
          '4:Izgatavošanas gads',
          '4:Iegādes datums',
        ]);

        for (const [cell, given] of [
          ['2:Iegādes datums', '"31.02.2023"'],
          ['3:Iegādes datums', '"vakar"'],
          ['4:Iegādes datums', '"2023-13-01"'],
        ]) {
          const message = messages.get(cell);
          expect(message).toContain(given);
          expect(message).toContain('DD.MM.GGGG');
          expect(message).toContain('GGGG-MM-DD');
          expect(message).toContain('datuma šūnu');
        }
        expect(messages.get('2:Iegādes datums')).toContain('neeksistē kalendārā');

        expect(messages.get('2:Izgatavošanas gads')).toContain('"pērn"');
        expect(messages.get('2:Izgatavošanas gads')).toContain('veselu skaitli');
        expect(messages.get('3:Izgatavošanas gads')).toBe('Vērtība 1850 ir par mazu. Mazākā atļautā vērtība: 1990.');
        expect(messages.get('4:Izgatavošanas gads')).toContain('2023,5');
        expect(messages.get('4:Izgatavošanas gads')).toContain('veselu skaitli');
        expect(messages.get('2:Vērtība ar PVN (EUR)')).toContain('"349 EUR"');
        expect(messages.get('2:Vērtība ar PVN (EUR)')).toContain('349,00 vai 349.00');
        expect(messages.get('2:Statuss')).toContain('"Pieejams"');
        expect(messages.get('2:Statuss')).toContain('"Pieejams izsniegšanai"');
        expect(messages.get('2:Operatīvā atmiņa (GB)')).toBe(
          'Tehniskā parametra "Operatīvā atmiņa (GB)" vērtībai jābūt pozitīvam skaitlim, piemēram, 8 vai 11,6. Norādīts: "četri".',
        );
        expect(messages.get('2:Irbulis')).toBe('Tehniskā parametra "Irbulis" vērtībai jābūt "Jā" vai "Nē". Norādīts: "varbūt".');
        expect(messages.get('3:Apakštips')).toContain('"Planšete X"');
        expect(messages.get('3:Apakštips')).toContain('"Chromebook dators"');
        expect(messages.get('3:Sociālā atbalsta resurss')).toBe('Vērtība "dažreiz" nav atļauta. Norādiet "Jā" vai "Nē".');
        expect(messages.get('4:Modelis')).toBe('Vērtība var būt ne garāka par 120 rakstzīmēm. Norādītā teksta garums: 121.');

        for (const [cell, message] of messages) {
          expect({ cell, internalName: INTERNAL_NAME.exec(message)?.[0] ?? null }).toEqual({ cell, internalName: null });
        }
      });

      it('say which values are accepted, in English', async () => {
        const { manager } = await newSchool();
        const latvian = await rejectedMessages(manager, 'lv');
        const english = await rejectedMessages(manager, 'en');
        expect([...english.keys()]).toEqual([...latvian.keys()]);

        for (const cell of ['2:Iegādes datums', '3:Iegādes datums', '4:Iegādes datums']) {
          expect(english.get(cell)).toContain('DD.MM.YYYY');
          expect(english.get(cell)).toContain('YYYY-MM-DD');
          expect(english.get(cell)).toContain('date cell');
        }
        expect(english.get('2:Iegādes datums')).toContain('"31.02.2023"');
        expect(english.get('2:Operatīvā atmiņa (GB)')).toBe(
          'The value of the technical parameter "RAM (GB)" must be a positive number, for example 8 or 11.6. Given: "četri".',
        );
        expect(english.get('2:Statuss')).toContain('"Pieejams izsniegšanai"');
        for (const [cell, message] of english) {
          expect({ cell, internalName: INTERNAL_NAME.exec(message)?.[0] ?? null }).toEqual({ cell, internalName: null });
          expect({ cell, sameAsLatvian: message === latvian.get(cell) }).toEqual({ cell, sameAsLatvian: false });
        }
      });

      it('name a parameter and a missing one without its key', async () => {
        const { manager } = await newSchool();
        const response = await upload(
          manager,
          csv([rowValues({ Apakštips: 'windows_laptop', Irbulis: 'Jā' }), rowValues({ 'Datu krātuve (GB)': '' })]),
        );
        expect(response.status).toBe(422);
        const errors = response.body.error.details.errors as Array<{ row: number; column: string; message: string }>;
        expect(errors).toEqual([
          { row: 2, column: 'Irbulis', message: expect.stringContaining('nav tehniskā parametra "Irbulis"') },
          { row: 3, column: 'Datu krātuve (GB)', message: 'Šim apakštipam obligāti jānorāda tehniskais parametrs "Datu krātuve (GB)".' },
        ]);
        expect(errors[0].message).toContain('"Operatīvā atmiņa (GB)"');
        for (const error of errors) {
          expect(error.message).not.toMatch(INTERNAL_NAME);
        }
      });

      it('refer a long list of values to the template sheet', async () => {
        const { manager } = await newSchool();
        const chromebookType = await app
          .knex('resource_subtypes_type_lnk')
          .where('resource_subtype_id', chromebook)
          .first('resource_type_id');
        const now = new Date();
        const extraIds: number[] = [];
        try {
          for (let index = 0; index < 10; index += 1) {
            const [subtype] = await app
              .knex('resource_subtypes')
              .insert({
                document_id: createId(),
                created_at: now,
                updated_at: now,
                published_at: now,
                code: `import_list_${uniqueSuffix()}`,
                label_lv: `Saraksta apakštips ${index}`,
                label_en: `List subtype ${index}`,
                active: true,
                parameters: JSON.stringify([]),
              })
              .returning(['id']);
            extraIds.push(subtype.id);
            await app
              .knex('resource_subtypes_type_lnk')
              .insert({ resource_subtype_id: subtype.id, resource_type_id: chromebookType.resource_type_id });
          }
          const response = await upload(manager, csv([rowValues({ Apakštips: 'Planšete X' })]));
          expect(response.status).toBe(422);
          const [error] = response.body.error.details.errors;
          expect(error.column).toBe('Apakštips');
          expect(error.message).toBe(
            'Vērtība "Planšete X" nav atļauta. Atļautie nosaukumi un kodi ir XLSX importa veidnes lapā "Kodi" pie kolonnas "Apakštips".',
          );

          // The sheet the message names lists the values.
          const template = await manager.get('/api/panel/resources/import-template?format=xlsx').responseType('blob');
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(arrayBufferOf(template.body));
          const subtypeRows: string[] = [];
          workbook.getWorksheet('Kodi')?.eachRow((row) => {
            const values = row.values as string[];
            if (values[1] === 'Apakštips') {
              subtypeRows.push(values[3]);
            }
          });
          expect(subtypeRows).toEqual(expect.arrayContaining(['Chromebook dators', 'Saraksta apakštips 9']));
        } finally {
          // Other test files count the seeded catalog, so the extra subtypes leave no trace.
          await app.knex('resource_subtypes_type_lnk').whereIn('resource_subtype_id', extraIds).delete();
          await app.knex('resource_subtypes').whereIn('id', extraIds).delete();
        }
      });
    });

    it('rejects numbers registered already or repeated in the file', async () => {
      const { school, manager } = await newSchool();
      const existing = await manager.post('/api/panel/resources').send(chromebookInput(chromebook));
      const existingRow = await app.knex('resources').where('id', existing.body.id).first('serial_number');
      const rows = [
        rowValues({ 'Sērijas numurs': existingRow.serial_number.toLowerCase() }),
        rowValues({ 'Inventāra numurs': 'INV-DUP-ā' }),
        rowValues({ 'Inventāra numurs': 'inv-dup-Ā' }),
      ];
      const response = await upload(manager, csv(rows));
      expect(response.status).toBe(422);
      const errors = response.body.error.details.errors;
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatchObject({ row: 2, column: 'Sērijas numurs' });
      expect(errors[0].message).toContain(existing.body.number);
      expect(errors[1]).toMatchObject({ row: 4, column: 'Inventāra numurs' });
      expect(errors[1].message).toContain('3. rindā');
      expect(await resourceCount(school)).toBe(1);
    });

    it('rejects a social-support row with another target group', async () => {
      const { manager } = await newSchool();
      const response = await upload(manager, csv([rowValues({ 'Sociālā atbalsta resurss': 'Jā', 'Mērķa grupa': 'Visiem' })]));
      expect(response.status).toBe(422);
      expect(response.body.error.details.errors).toEqual([
        { row: 2, column: 'Mērķa grupa', message: expect.stringContaining('Sociāli mazāk aizsargātiem') },
      ]);
    });

    it('rejects a status set by acts', async () => {
      const { manager } = await newSchool();
      const response = await upload(manager, csv([rowValues({ Statuss: 'Rezervēts' })]));
      expect(response.status).toBe(422);
      expect(response.body.error.details.errors[0]).toMatchObject({ row: 2, column: 'Statuss' });
    });

    it('rejects a parameter the subtype does not record', async () => {
      const { manager } = await newSchool();
      const response = await upload(manager, csv([rowValues({ Apakštips: 'windows_laptop', Irbulis: 'Jā' })]));
      expect(response.status).toBe(422);
      expect(response.body.error.details.errors[0]).toMatchObject({ row: 2, column: 'Irbulis' });
    });

    it('reports unknown and missing columns in the header row', async () => {
      const { manager } = await newSchool();
      const headers: string[] = [...HEADERS.filter((header) => header !== 'Modelis'), 'Krāsa'];
      const values = rowValues()
        .filter((_value, index) => HEADERS[index] !== 'Modelis')
        .concat('Zila');
      const response = await upload(manager, csv([values], ',', headers));
      expect(response.status).toBe(422);
      expect(response.body.error.details.errors.map(({ row, column }: { row: number; column: string }) => ({ row, column }))).toEqual([
        { row: 1, column: 'Modelis' },
        { row: 1, column: 'Krāsa' },
      ]);
    });

    it('rejects a column given by its old and new header', async () => {
      const { manager } = await newSchool();
      const headers: string[] = [...HEADERS, 'Vērtība EUR ar PVN'];
      const response = await upload(manager, csv([[...rowValues(), '416,50']], ',', headers));
      expect(response.status).toBe(422);
      expect(response.body.error.details.errors).toEqual([
        { row: 1, column: 'Vērtība ar PVN (EUR)', message: 'Kolonna failā ir vairāk nekā vienu reizi.' },
      ]);
    });

    it('numbers rows as the spreadsheet shows them', async () => {
      const { manager } = await newSchool();
      // A blank line is row 3 and the quoted line break keeps row 4 one row.
      const text = `${HEADERS.join(',')}\r\n${rowValues().map(csvField).join(',')}\r\n\r\n${rowValues({ 'Piezīmes (stāvoklis)': 'pirmā\notrā rinda' }).map(csvField).join(',')}\r\n${rowValues({ Ražotājs: '' }).map(csvField).join(',')}\r\n`;
      const response = await upload(manager, text);
      expect(response.status).toBe(422);
      expect(response.body.error.details.errors).toEqual([{ row: 5, column: 'Ražotājs', message: 'Vērtība ir obligāta.' }]);
    });

    it('rejects a file over 5 MB', async () => {
      const { manager } = await newSchool();
      const response = await upload(manager, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
      expect(response.status).toBe(413);
      expect(response.body.error.code).toBe('IMPORT_FILE_TOO_LARGE');
    });

    it('rejects more than 10,000 rows', async () => {
      const { manager } = await newSchool();
      const response = await upload(manager, `${HEADERS.join(',')}\n${'a\n'.repeat(10_001)}`);
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('IMPORT_TOO_MANY_ROWS');
    });

    it.each([
      ['a request without a file', null, 'resursi.csv', 400, 'IMPORT_FILE_MISSING'],
      ['a file with only the header row', `${HEADERS.join(',')}\r\n`, 'resursi.csv', 422, 'IMPORT_EMPTY'],
      [
        'an old binary Excel file',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        'resursi.xls',
        415,
        'IMPORT_FORMAT_UNSUPPORTED',
      ],
      [
        'a damaged XLSX file',
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]),
        'resursi.xlsx',
        422,
        'IMPORT_FILE_UNREADABLE',
      ],
      ['a text file named .xlsx', 'Apakštips\nchromebook\n', 'resursi.xlsx', 422, 'IMPORT_FILE_UNREADABLE'],
    ])('rejects %s', async (_case, content, fileName, status, code) => {
      const { manager } = await newSchool();
      const response =
        content === null ? await manager.post('/api/panel/resources/import').send({}) : await upload(manager, content, fileName);
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
    });

    it('rejects an import by a profile without the manager role', async () => {
      const { school } = await newSchool();
      const viewer = (await staffAgent(app, school, ['report_viewer'])).agent;
      const response = await upload(viewer, csv([rowValues()]));
      expect(response.status).toBe(403);
      expect(await resourceCount(school)).toBe(0);
    });
  });
});
