import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import type { ScopedActor } from '../../../lib/actor';
import { loadCodeLabels, type CodeLabels } from '../../../lib/code-labels';
import { knexOf, parseJsonColumn } from '../../../lib/db';
import { invalid } from '../../../lib/errors';
import { applyFilters, type ListRequest } from '../../../lib/list';
import { RESOURCE_LIST, resourceListQuery } from '../../../lib/resource-list';
import { loadSubtypeDefinitions } from '../../../lib/resource-subtypes';
import { CONTENT_TYPES, CSV_BOM, csvLine, datedFileName, latvianDate, type SpreadsheetFormat } from '../../../lib/spreadsheet-write';
import { importColumns, NO_LABEL, parameterKeysOf, SHEET_CODE_LISTS, YES_LABEL, type SheetColumn } from '../../../domain/resource-sheet';

/** Rows fetched per query while the file is written. */
const BATCH_SIZE = 1000;

type ExportValue = string | number | Date | null;

interface ExportRow {
  number: string;
  institution_name: string;
  subtype_label: string;
  status_confirmed_at: Date | null;
  written_off_on: string | null;
  write_off_reason: string | null;
  parameters: Record<string, unknown> | string | null;
  [column: string]: unknown;
}

const EXTRA_LEADING: readonly SheetColumn[] = [
  { field: 'number', header: 'Numurs', kind: 'text' },
  { field: 'institutionName', header: 'Izglītības iestāde', kind: 'text' },
];
const EXTRA_TRAILING: readonly SheetColumn[] = [
  { field: 'statusConfirmedAt', header: 'Statuss apstiprināts', kind: 'text' },
  { field: 'writtenOffOn', header: 'Norakstīšanas datums', kind: 'date' },
  { field: 'writeOffReason', header: 'Norakstīšanas iemesls', kind: 'text' },
];

/** Formats a moment as Riga's day and time, such as 04.12.2026 09:05. */
const RIGA_TIME = new Intl.DateTimeFormat('lv-LV', {
  timeZone: 'Europe/Riga',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

// Strapi's PostgreSQL dialect makes the driver return DATE columns as YYYY-MM-DD text.
const EXPORT_COLUMNS = [
  'r.id',
  'r.number',
  'i.name as institution_name',
  's.label_lv as subtype_label',
  'r.manufacturer',
  'r.model',
  'r.serial_number',
  'r.inventory_number',
  'r.manufacture_year',
  'r.own_name',
  'r.resource_group',
  'r.acquisition_type',
  'r.funding_programme',
  'r.value_eur',
  'r.usage_purpose',
  'r.target_group',
  'r.social_support',
  'r.location',
  'r.status',
  'r.parameters',
  'r.notes',
  'r.status_confirmed_at',
  'r.write_off_reason',
  'r.acquisition_date',
  'r.written_off_on',
];

/** Converts a YYYY-MM-DD day into the Date that exceljs writes as that calendar day. */
function excelDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** Returns one export row's cell values; dates are Dates for XLSX and DD.MM.YYYY text for CSV. */
function cellValues(row: ExportRow, columns: readonly SheetColumn[], labels: CodeLabels, format: SpreadsheetFormat): ExportValue[] {
  const parameters = parseJsonColumn<Record<string, unknown>>(row.parameters, {});
  return columns.map((column): ExportValue => {
    if (column.field === 'institutionName') {
      return row.institution_name;
    }
    if (column.kind === 'subtype') {
      return row.subtype_label;
    }
    if (column.field === 'statusConfirmedAt') {
      return row.status_confirmed_at ? RIGA_TIME.format(row.status_confirmed_at) : null;
    }
    const value = column.kind === 'parameter' ? parameters[column.field.slice('parameters.'.length)] : row[snakeCase(column.field)];
    if (value === null || value === undefined || value === '') {
      return null;
    }
    switch (column.kind) {
      case 'code':
        return labels.get(column.list ?? '')?.get(String(value)) ?? String(value);
      case 'boolean':
        return value === true ? YES_LABEL : NO_LABEL;
      case 'date':
        return format === 'xlsx' ? excelDay(String(value)) : latvianDate(String(value));
      case 'decimal':
      case 'integer':
        return Number(value);
      case 'parameter':
        if (typeof value === 'boolean') {
          return value ? YES_LABEL : NO_LABEL;
        }
        return typeof value === 'number' ? value : String(value);
      default:
        return String(value);
    }
  });
}

/** Waits until the reader has taken the buffered output, or has gone away. */
async function waitForReader(output: PassThrough): Promise<void> {
  if (output.writableNeedDrain && !output.destroyed) {
    await Promise.race([once(output, 'drain'), once(output, 'close')]);
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Exports every resource of the filtered, scoped list, in the list's sort order, as CSV
   * (UTF-8 with a byte order mark, comma separated) or XLSX, with Latvian headers and labels.
   * The sorted ids are read first, and the rows are read in batches while the file streams
   * out, so only the id list grows with the number of rows. The file has the rows the list had
   * when the export started, with the values they have when their batch is read.
   */
  async exportList(
    actor: ScopedActor,
    request: ListRequest,
    format: SpreadsheetFormat,
  ): Promise<{ fileName: string; contentType: string; body: Readable }> {
    const knex = knexOf(strapi);
    const scope = actor.profile.scope;
    const sortColumn = RESOURCE_LIST.sortable[request.sort.field];
    if (!sortColumn) {
      throw invalid(
        'SORT_UNKNOWN',
        {
          lv: `Sarakstu nevar kārtot pēc lauka "${request.sort.field}".`,
          en: `The list cannot be sorted by the field "${request.sort.field}".`,
        },
        'sort',
      );
    }
    const idQuery = resourceListQuery(knex, scope, ['r.id']);
    applyFilters(idQuery, RESOURCE_LIST, request.filter);
    const ids: number[] = (await idQuery.orderBy(sortColumn, request.sort.order).orderBy('r.id', request.sort.order)).map(
      (row: { id: number }) => row.id,
    );

    const labels = await loadCodeLabels(knex, SHEET_CODE_LISTS);
    const subtypes = await loadSubtypeDefinitions(knex);
    const columns = [
      ...EXTRA_LEADING,
      ...importColumns(parameterKeysOf(subtypes.flatMap((subtype) => subtype.parameters.map((parameter) => parameter.key)))),
      ...EXTRA_TRAILING,
    ];

    async function* batches(): AsyncGenerator<ExportRow[]> {
      for (let start = 0; start < ids.length; start += BATCH_SIZE) {
        const batchIds = ids.slice(start, start + BATCH_SIZE);
        const rows: Array<ExportRow & { id: number }> = await resourceListQuery(knex, scope, EXPORT_COLUMNS).whereIn('r.id', batchIds);
        const byId = new Map(rows.map((row) => [row.id, row]));
        // A resource deleted since the ids were read is left out.
        yield batchIds.flatMap((id) => byId.get(id) ?? []);
      }
    }

    strapi.log.info('Resources exported', { format, rows: ids.length, profileId: actor.profile.id });
    const fileName = datedFileName('resursi', format);
    const headers = columns.map((column) => column.header);

    if (format === 'csv') {
      async function* csvChunks(): AsyncGenerator<Buffer> {
        yield Buffer.from(CSV_BOM + csvLine(headers), 'utf8');
        for await (const rows of batches()) {
          yield Buffer.from(
            rows.map((row) => csvLine(cellValues(row, columns, labels, 'csv') as Array<string | number | null>)).join(''),
            'utf8',
          );
        }
      }
      return { fileName, contentType: CONTENT_TYPES.csv, body: Readable.from(csvChunks(), { objectMode: false }) };
    }

    const output = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Resursi', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({
      header: column.header,
      key: column.field,
      width: Math.max(12, column.header.length + 2),
      ...(column.kind === 'date' ? { style: { numFmt: 'dd.mm.yyyy' } } : column.kind === 'decimal' ? { style: { numFmt: '0.00' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();

    const write = async () => {
      for await (const rows of batches()) {
        if (output.destroyed) {
          return;
        }
        for (const row of rows) {
          sheet.addRow(cellValues(row, columns, labels, 'xlsx')).commit();
        }
        await waitForReader(output);
      }
      sheet.commit();
      await workbook.commit();
    };
    write().catch((error: unknown) => {
      strapi.log.error('Resource export failed while streaming', {
        error: error instanceof Error ? error.message : String(error),
        profileId: actor.profile.id,
      });
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return { fileName, contentType: CONTENT_TYPES.xlsx, body: output };
  },
});
