import { parseCsvRows } from './spreadsheet-read';

/**
 * Parses CSV text into records keyed by the header row, with the same reader as resource
 * imports (RFC 4180 quoting, comma or semicolon separator, CRLF or LF). A UTF-8 byte order mark
 * and blank lines are ignored, and every value is trimmed.
 */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows = parseCsvRows(text.replace(/^\uFEFF/, ''))
    .map((row) => row.cells.map((cell) => String(cell ?? '')))
    .filter((cells) => cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (!header) {
    return [];
  }
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name.trim(), (cells[index] ?? '').trim()])));
}
