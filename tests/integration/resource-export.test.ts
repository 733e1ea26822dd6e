import ExcelJS from 'exceljs';
import { startApp, type TestApp } from '../support/app';
import { chromebookInput, createInstitution, type loginAs, staffAgent, subtypeIdOf, type TestInstitution } from '../support/fixtures';
import { uniqueSuffix } from '../support/people';

type Agent = Awaited<ReturnType<typeof loginAs>>;

/** Today's date in Latvia, which the export's file name carries. */
function latvianToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Riga' }).format(new Date());
}

const LEADING_HEADERS = ['Numurs', 'Izglītības iestāde', 'Apakštips', 'Ražotājs', 'Modelis', 'Sērijas numurs', 'Inventāra numurs'];
const TRAILING_HEADERS = ['Piezīmes (stāvoklis)', 'Statuss apstiprināts', 'Norakstīšanas datums', 'Norakstīšanas iemesls'];

/** Parses the export's CSV: semicolon separated, double-quoted fields, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const character = text[i];
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (character === '"') {
        quoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      quoted = true;
    } else if (character === ';') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += character;
    }
  }
  return rows;
}

/** Copies a Buffer into the ArrayBuffer that exceljs declares as its input. */
function arrayBufferOf(buffer: Buffer): ArrayBuffer {
  return new Uint8Array(buffer).buffer;
}

describe('resource export', () => {
  let app: TestApp;
  let school: TestInstitution;
  let manager: Agent;
  let chromebook: number;
  const tag = uniqueSuffix();
  const ids: number[] = [];

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app);
    manager = (await staffAgent(app, school, ['resource_manager'])).agent;
    chromebook = await subtypeIdOf(app.knex, 'chromebook');
    // 30 resources: more than one default page of 25.
    for (let index = 0; index < 30; index += 1) {
      const overrides =
        index === 0
          ? {
              model: `Šķēle, "Ēdelveiss" ${tag}`,
              ownName: '=SUM(A1:A2)',
              status: 'damaged',
              location: 'library',
              socialSupport: true,
              targetGroup: 'socially_disadvantaged_learners',
            }
          : { status: index % 2 === 0 ? 'available' : 'in_reserve' };
      const response = await manager.post('/api/panel/resources').send(
        chromebookInput(chromebook, {
          ...overrides,
          parameters: { operating_system: 'ChromeOS', ram_gb: 4, storage_gb: 64, screen_inches: 14, stylus: true },
        }),
      );
      expect(response.status).toBe(201);
      ids.push(response.body.id);
    }
    await manager.post(`/api/panel/resources/${ids[29]}/write-off`).send({ date: '2026-03-02', reason: 'Nozaudēts lādētājs' });

    const otherSchool = await createInstitution(app);
    const otherManager = (await staffAgent(app, otherSchool, ['resource_manager'])).agent;
    await otherManager.post('/api/panel/resources').send(chromebookInput(chromebook));
  });

  afterAll(async () => {
    await app.stop();
  });

  function download(agent: Agent, query: Record<string, string>) {
    return agent.get('/api/panel/resources/export').query(query).responseType('blob');
  }

  async function resourceNumbers(where: Record<string, unknown> = {}): Promise<string[]> {
    return app
      .knex('resources')
      .where({ institution_id: school.id, ...where })
      .orderBy('sequence', 'desc')
      .pluck('number');
  }

  it('exports every scoped resource as CSV with Latvian headers and labels', async () => {
    const response = await download(manager, { format: 'csv' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="resursi-${latvianToday()}.csv"`);

    const text = (response.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [headers, ...rows] = parseCsv(text.slice(1));
    expect(headers.slice(0, LEADING_HEADERS.length)).toEqual(LEADING_HEADERS);
    expect(headers.slice(-TRAILING_HEADERS.length)).toEqual(TRAILING_HEADERS);
    expect(headers).toContain('Operatīvā atmiņa (GB)');
    // The export names the columns as the panel form and the import template do.
    expect(headers).toEqual(expect.arrayContaining(['Vērtība ar PVN (EUR)', 'Korpusa veids', 'Tehniskās piezīmes']));
    expect(headers).not.toContain('Vērtība EUR ar PVN');
    expect(rows).toHaveLength(30);
    expect(rows.map((row) => row[0])).toEqual(await resourceNumbers());

    const column = (name: string) => headers.indexOf(name);
    const first = rows.find((row) => row[column('Modelis')].includes(tag)) as string[];
    expect(first[column('Modelis')]).toBe(`Šķēle, "Ēdelveiss" ${tag}`);
    expect(first[column('Izglītības iestāde')]).toBe(school.name);
    expect(first[column('Apakštips')]).toBe('Chromebook dators');
    expect(first[column('Statuss')]).toBe('Bojāts');
    expect(first[column('Atrašanās vieta')]).toBe('Bibliotēkā');
    expect(first[column('Mērķa grupa')]).toBe('Sociāli mazāk aizsargātiem izglītojamiem');
    expect(first[column('Sociālā atbalsta resurss')]).toBe('Jā');
    expect(first[column('Iegādes datums')]).toBe('01.02.2023');
    expect(first[column('Vērtība ar PVN (EUR)')]).toBe('416,5');
    expect(first[column('Irbulis')]).toBe('Jā');
    expect(first[column('Operatīvā atmiņa (GB)')]).toBe('4');
    // A text that a spreadsheet would run as a formula is written as text.
    expect(first[column('Iestādes piešķirtais nosaukums')]).toBe("'=SUM(A1:A2)");
    expect(first[column('Statuss apstiprināts')]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);

    const writtenOff = rows.find((row) => row[column('Statuss')] === 'Norakstīts') as string[];
    expect(writtenOff[column('Norakstīšanas datums')]).toBe('02.03.2026');
    expect(writtenOff[column('Norakstīšanas iemesls')]).toBe('Nozaudēts lādētājs');
  });

  it('exports the filtered list in its sort order', async () => {
    const response = await download(manager, {
      format: 'csv',
      filter: JSON.stringify({ status: 'in_reserve' }),
      sort: JSON.stringify(['number', 'ASC']),
    });
    expect(response.status).toBe(200);
    const [, ...rows] = parseCsv((response.body as Buffer).toString('utf8').slice(1));
    const expected = (await resourceNumbers({ status: 'in_reserve' })).reverse();
    expect(expected).toHaveLength(14);
    expect(rows.map((row) => row[0])).toEqual(expected);
  });

  it('exports an XLSX file that Excel can read', async () => {
    const response = await download(manager, { format: 'xlsx', filter: JSON.stringify({ q: tag }) });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="resursi-${latvianToday()}.xlsx"`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(response.body));
    const sheet = workbook.getWorksheet('Resursi');
    expect(sheet).toBeDefined();
    const headers = (sheet?.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, LEADING_HEADERS.length)).toEqual(LEADING_HEADERS);
    expect(sheet?.actualRowCount).toBe(2);

    const row = sheet?.getRow(2);
    const cell = (name: string) => row?.getCell(headers.indexOf(name) + 1).value;
    expect(cell('Modelis')).toBe(`Šķēle, "Ēdelveiss" ${tag}`);
    expect(cell('Statuss')).toBe('Bojāts');
    expect(cell('Iestādes piešķirtais nosaukums')).toBe('=SUM(A1:A2)');
    expect(cell('Iegādes datums')).toEqual(new Date(Date.UTC(2023, 1, 1)));
    expect(cell('Vērtība ar PVN (EUR)')).toBe(416.5);
    expect(cell('Operatīvā atmiņa (GB)')).toBe(4);
    expect(cell('Sociālā atbalsta resurss')).toBe('Jā');
  });

  it('exports all rows as XLSX', async () => {
    const response = await download(manager, { format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(response.body));
    const sheet = workbook.getWorksheet('Resursi');
    expect(sheet?.actualRowCount).toBe(31);
    const numbers: string[] = [];
    sheet?.eachRow((row, rowNumber) => {
      if (rowNumber > 1) {
        numbers.push(String(row.getCell(1).value));
      }
    });
    expect(numbers).toEqual(await resourceNumbers());
  });

  it('exports an empty list with the header row only', async () => {
    const response = await download(manager, { format: 'csv', filter: JSON.stringify({ q: `nav-tāda-${tag}` }) });
    expect(response.status).toBe(200);
    expect(parseCsv((response.body as Buffer).toString('utf8').slice(1))).toHaveLength(1);
  });

  it('lets a report viewer export', async () => {
    const viewer = (await staffAgent(app, school, ['report_viewer'])).agent;
    const response = await download(viewer, { format: 'csv' });
    expect(response.status).toBe(200);
  });

  it('rejects an issuer, who may not export', async () => {
    const issuer = (await staffAgent(app, school, ['resource_issuer'])).agent;
    const response = await issuer.get('/api/panel/resources/export').query({ format: 'csv' });
    expect(response.status).toBe(403);
  });

  it.each([
    ['an unknown format', { format: 'pdf' }, 'FIELD_NOT_ALLOWED'],
    ['an unknown filter', { format: 'csv', filter: JSON.stringify({ colour: 'red' }) }, 'FILTER_UNKNOWN'],
    ['an unknown sort field', { format: 'csv', sort: JSON.stringify(['colour', 'ASC']) }, 'SORT_UNKNOWN'],
  ])('rejects %s', async (_case, query, code) => {
    const response = await manager.get('/api/panel/resources/export').query(query);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe(code);
  });
});
