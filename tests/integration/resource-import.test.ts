import ExcelJS from 'exceljs';
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
  'Vērtība EUR ar PVN',
  'Lietošanas mērķis',
  'Mērķa grupa',
  'Sociālā atbalsta resurss',
  'Atrašanās vieta',
  'Statuss',
  'Operētājsistēma',
  'Operatīvā atmiņa (GB)',
  'Datu krātuve (GB)',
  'Ekrāna izmērs (collas)',
  'Korpusa tips',
  'Irbulis',
  'Savienojamība',
  'Parametru piezīmes',
  'Piezīmes (stāvoklis)',
] as const;
type Header = (typeof HEADERS)[number];

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
    'Vērtība EUR ar PVN': '416,50',
    'Lietošanas mērķis': 'Izsniegšanai individuāli',
    'Mērķa grupa': 'learners',
    'Sociālā atbalsta resurss': 'Nē',
    'Atrašanās vieta': 'Noliktavā',
    Statuss: 'Pieejams izsniegšanai',
    Operētājsistēma: 'ChromeOS',
    'Operatīvā atmiņa (GB)': '4',
    'Datu krātuve (GB)': '64',
    'Ekrāna izmērs (collas)': '14',
    'Korpusa tips': '',
    Irbulis: 'Jā',
    Savienojamība: 'Wi-Fi',
    'Parametru piezīmes': '',
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
            ['Izgatavošanas gads', 'Vērtība EUR ar PVN', 'Operatīvā atmiņa (GB)', 'Datu krātuve (GB)', 'Ekrāna izmērs (collas)'].includes(
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
