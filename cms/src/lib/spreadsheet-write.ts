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
 * Formats one CSV line (comma separated, RFC 4180 quoting, CRLF end). A text that starts with
 * =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet program shows
 * it as text instead of running it as a formula.
 */
export function csvLine(values: readonly CsvValue[]): string {
  const fields = values.map((value) => {
    if (value === null || value === undefined) {
      return '';
    }
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
      text = `'${text}`;
    }
    return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  });
  return `${fields.join(',')}\r\n`;
}

/** File name of a download, such as resursi-2026-12-04.xlsx, dated with the Latvian calendar day. */
export function datedFileName(prefix: string, format: SpreadsheetFormat, now: Date = new Date()): string {
  return `${prefix}-${latvianToday(now)}.${format}`;
}
