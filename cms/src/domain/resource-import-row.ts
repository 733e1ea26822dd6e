import type { LocalizedText } from '../lib/errors';
import type { CellValue, SheetRow } from '../lib/spreadsheet-read';
import { dateNotInCalendarMessage, notAllowedMessage, notDateMessage, notNumberMessage, notYesNoMessage } from './resource-import-messages';
import { parameterKind, type ParameterValue } from './resource-parameters';
import type { SubtypeDefinition } from './resource-rules';
import { NO_WORDS, YES_WORDS, type SheetColumn } from './resource-sheet';

/**
 * Turning import rows into resource input: header matching and cell conversion. Conversion
 * problems are reported per column; the input then goes through the same schema and rules as
 * a resource saved in the panel.
 */

/** One rejected cell: its row as the spreadsheet shows it, its column header and the reason. */
export interface ImportProblem {
  row: number;
  column: string;
  message: LocalizedText;
}

export interface ImportLookups {
  /** Active subtypes, matched by code or Latvian label. */
  subtypes: readonly SubtypeDefinition[];
  /** Code list name to code to Latvian label. */
  codeLabels: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

function normalizeName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function cellText(cell: CellValue): string {
  if (cell === null) {
    return '';
  }
  if (cell instanceof Date) {
    return cell.toISOString().slice(0, 10);
  }
  return String(cell).trim();
}

/**
 * Finds each column of the file by its Latvian header, a header of an earlier template or its
 * API field name, in any letter case. Unknown and repeated headers and missing required columns
 * are problems of the header row.
 */
export function matchHeader(
  header: SheetRow,
  columns: readonly SheetColumn[],
): { positions: Map<string, number>; problems: ImportProblem[] } {
  const byName = new Map<string, SheetColumn>();
  for (const column of columns) {
    for (const name of [column.header, ...(column.previousHeaders ?? []), column.field]) {
      byName.set(normalizeName(name), column);
    }
  }
  const positions = new Map<string, number>();
  const problems: ImportProblem[] = [];

  header.cells.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === '') {
      return;
    }
    const column = byName.get(normalizeName(text));
    if (!column) {
      problems.push({
        row: header.rowNumber,
        column: text,
        message: {
          lv: 'Nezināma kolonna. Izmantojiet importa veidnes kolonnu nosaukumus.',
          en: 'Unknown column. Use the column names of the import template.',
        },
      });
    } else if (positions.has(column.field)) {
      problems.push({
        row: header.rowNumber,
        column: column.header,
        message: { lv: 'Kolonna failā ir vairāk nekā vienu reizi.', en: 'The column appears in the file more than once.' },
      });
    } else {
      positions.set(column.field, index);
    }
  });
  for (const column of columns) {
    if (column.required && !positions.has(column.field)) {
      problems.push({
        row: header.rowNumber,
        column: column.header,
        message: { lv: 'Failā trūkst obligātās kolonnas.', en: 'The file is missing this required column.' },
      });
    }
  }
  return { positions, problems };
}

/** Parses a number written with a decimal point or comma and optional thousands spaces. */
function parseNumber(cell: CellValue): number | undefined {
  if (typeof cell === 'number') {
    return cell;
  }
  const text = cellText(cell)
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

function parseBoolean(cell: CellValue): boolean | undefined {
  if (typeof cell === 'boolean') {
    return cell;
  }
  const text = cellText(cell).toLowerCase();
  if (YES_WORDS.includes(text)) {
    return true;
  }
  return NO_WORDS.includes(text) ? false : undefined;
}

/** Days between Excel's day 0 (1899-12-30) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;

type DateReading = { date: string } | { problem: 'form' | 'calendar' };

/** Returns true when YYYY-MM-DD names a day of the calendar, which 2025-02-31 does not. */
function isCalendarDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Reads an XLSX date, an Excel day number, YYYY-MM-DD or DD.MM.YYYY as YYYY-MM-DD. */
function parseDate(cell: CellValue): DateReading {
  if (cell instanceof Date) {
    // exceljs returns a date cell as that day's midnight UTC.
    return { date: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === 'number') {
    return cell > 0 && cell < 2958466
      ? { date: new Date(Math.round((cell - EXCEL_EPOCH_OFFSET_DAYS) * 86_400_000)).toISOString().slice(0, 10) }
      : { problem: 'form' };
  }
  const text = cellText(cell);
  let iso: string | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    iso = text;
  } else {
    const latvian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(text);
    iso = latvian ? `${latvian[3]}-${latvian[2].padStart(2, '0')}-${latvian[1].padStart(2, '0')}` : undefined;
  }
  if (iso === undefined) {
    return { problem: 'form' };
  }
  return isCalendarDay(iso) ? { date: iso } : { problem: 'calendar' };
}

function matchCode(text: string, labels: ReadonlyMap<string, string>): string | undefined {
  const searched = normalizeName(text);
  for (const [code, label] of labels) {
    if (normalizeName(code) === searched || normalizeName(label) === searched) {
      return code;
    }
  }
  return undefined;
}

export interface RowConversion {
  /** Input for the resource schema; a field whose cell was empty or unreadable is left out. */
  input: Record<string, unknown> & { parameters: Record<string, unknown> };
  /** Field to the reason its cell could not be read. */
  problems: Map<string, LocalizedText>;
}

/** Converts the cells of one data row into resource input, checking their form. */
export function convertRow(
  row: SheetRow,
  columns: readonly SheetColumn[],
  positions: ReadonlyMap<string, number>,
  lookups: ImportLookups,
): RowConversion {
  const input: RowConversion['input'] = { parameters: {} };
  const problems = new Map<string, LocalizedText>();

  for (const column of columns) {
    const position = positions.get(column.field);
    const cell = position === undefined ? null : (row.cells[position] ?? null);
    const text = cellText(cell);
    if (text === '') {
      continue;
    }
    const set = (value: unknown) => {
      if (column.kind === 'parameter') {
        input.parameters[column.field.slice('parameters.'.length)] = value;
      } else {
        input[column.field] = value;
      }
    };

    switch (column.kind) {
      case 'text':
        set(text);
        break;
      case 'integer':
      case 'decimal': {
        const value = parseNumber(cell);
        if (value === undefined) {
          problems.set(column.field, notNumberMessage(text, column.kind === 'integer'));
        } else {
          set(value);
        }
        break;
      }
      case 'date': {
        const reading = parseDate(cell);
        if ('date' in reading) {
          set(reading.date);
        } else {
          problems.set(column.field, reading.problem === 'calendar' ? dateNotInCalendarMessage(text) : notDateMessage(text));
        }
        break;
      }
      case 'boolean': {
        const value = parseBoolean(cell);
        if (value === undefined) {
          problems.set(column.field, notYesNoMessage(text));
        } else {
          set(value);
        }
        break;
      }
      case 'code': {
        const labels = lookups.codeLabels.get(column.list ?? '') ?? new Map<string, string>();
        const code = matchCode(text, labels);
        if (code === undefined) {
          problems.set(column.field, notAllowedMessage(text, column, [...labels.values()]));
        } else {
          set(code);
        }
        break;
      }
      case 'subtype': {
        const searched = normalizeName(text);
        const subtype = lookups.subtypes.find(
          (candidate) => normalizeName(candidate.code) === searched || normalizeName(candidate.labelLv) === searched,
        );
        if (!subtype) {
          problems.set(
            column.field,
            notAllowedMessage(
              text,
              column,
              lookups.subtypes.map((candidate) => candidate.labelLv),
            ),
          );
        } else {
          set(subtype.id);
        }
        break;
      }
      case 'parameter': {
        // A cell that does not convert keeps its text, so the parameter rules report its type.
        const kind = parameterKind(column.field.slice('parameters.'.length));
        let converted: ParameterValue | undefined = text;
        if (kind === 'positive_number') {
          converted = parseNumber(cell);
        } else if (kind === 'boolean') {
          converted = parseBoolean(cell);
        }
        set(converted ?? text);
        break;
      }
    }
  }
  return { input, problems };
}
