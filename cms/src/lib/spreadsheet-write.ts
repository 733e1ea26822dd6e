import { latvianToday } from './db';

export type SpreadsheetFormat = 'csv' | 'xlsx';

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Byte order mark that makes Excel read a CSV file as UTF-8, so Latvian letters survive. */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Field separator of CSV files. Spreadsheet programs in the Latvian locale (Excel, LibreOffice
 * Calc) expect a semicolon, because the comma is their decimal separator.
 */
export const CSV_SEPARATOR = ';';

/**
 * Formats one CSV line the way spreadsheet programs in the Latvian locale read it: semicolon
 * separated, numbers with a decimal comma, RFC 4180 quoting and a CRLF line end. A text that
 * starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet
 * program shows it as text instead of running it as a formula.
 */
export function csvLine(values: readonly CsvValue[]): string {
  const fields = values.map((value) => {
    if (value === null || value === undefined) {
      return '';
    }
    if (typeof value === 'number') {
      return String(value).replace('.', ',');
    }
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
      text = `'${text}`;
    }
    return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  });
  return `${fields.join(CSV_SEPARATOR)}\r\n`;
}

/** Formats an ISO day (YYYY-MM-DD) as a Latvian date, DD.MM.YYYY. */
export function latvianDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${day}.${month}.${year}`;
}

/** File name of a download, such as resursi-2026-12-04.xlsx, dated with the Latvian calendar day. */
export function datedFileName(prefix: string, format: SpreadsheetFormat, now: Date = new Date()): string {
  return `${prefix}-${latvianToday(now)}.${format}`;
}
