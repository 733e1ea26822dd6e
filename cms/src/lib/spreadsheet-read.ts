import ExcelJS from 'exceljs';
import { DomainError } from './errors';

/** A cell's value as the importers read it; XLSX rich text, links and formulas are reduced to it. */
export type CellValue = string | number | boolean | Date | null;

/** One spreadsheet row with its number as the user sees it (the first row is 1). */
export interface SheetRow {
  rowNumber: number;
  cells: CellValue[];
}

export interface UploadedSheet {
  fileName?: string | null;
  content: Buffer;
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Decodes a text file as UTF-8 (a byte order mark is dropped) and, when it is not valid UTF-8,
 * as Windows-1257, the Baltic code page Excel uses for "CSV (Comma delimited)" on Latvian systems.
 */
export function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1257').decode(content);
  }
}

/** Returns the separator of the header line: a semicolon when it has more of them than commas. */
function detectSeparator(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (character: string) => firstLine.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Parses CSV (RFC 4180 quoting, CRLF or LF line ends, comma or semicolon separated) into rows
 * numbered as a spreadsheet program shows them. A blank line is a row too, and a quoted field
 * with a line break stays in one row.
 */
export function parseCsvRows(text: string): SheetRow[] {
  const separator = detectSeparator(text);
  const rows: SheetRow[] = [];
  let cells: CellValue[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    cells.push(field);
    rows.push({ rowNumber: rows.length + 1, cells });
    cells = [];
    field = '';
  };

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
    } else if (character === separator) {
      cells.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[i + 1] === '\n') {
        i += 1;
      }
      endRow();
    } else {
      field += character;
    }
  }
  if (field !== '' || cells.length > 0) {
    endRow();
  }
  return rows;
}

function plainCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return value;
  }
  if ('richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if ('hyperlink' in value) {
    return typeof value.text === 'string' ? value.text : null;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
  }
  if ('error' in value) {
    return String(value.error);
  }
  return null;
}

/**
 * Reads the first worksheet of an XLSX file.
 * NOTE: exceljs unpacks the whole file in memory, so only the upload size limit bounds the
 * memory this takes. A crafted file that expands far beyond its compressed size is not caught.
 */
async function readXlsxRows(content: Buffer, maxDataRows: number): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its input as an ArrayBuffer, which Node's Buffer type no longer satisfies.
    await workbook.xlsx.load(content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer);
  } catch {
    throw new DomainError(422, 'IMPORT_FILE_UNREADABLE', {
      lv: 'XLSX failu neizdevās nolasīt. Pārbaudiet, vai tas ir Excel darbgrāmata (.xlsx), un saglabājiet to vēlreiz.',
      en: 'The XLSX file could not be read. Check that it is an Excel workbook (.xlsx) and save it again.',
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    return [];
  }
  // actualRowCount counts the rows that have a value, the header included.
  if (sheet.actualRowCount - 1 > maxDataRows) {
    throw tooManyRows(maxDataRows);
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      cells.push(plainCellValue(row.getCell(column).value));
    }
    rows.push({ rowNumber, cells });
  });
  return rows;
}

function tooManyRows(maxDataRows: number): DomainError {
  return new DomainError(422, 'IMPORT_TOO_MANY_ROWS', {
    lv: `Failā ir vairāk nekā ${maxDataRows} datu rindas. Sadaliet to vairākos failos.`,
    en: `The file has more than ${maxDataRows} data rows. Split it into several files.`,
  });
}

/** Returns true when a row has at least one cell with a value. */
export function hasValues(row: SheetRow): boolean {
  return row.cells.some((cell) => cell !== null && !(typeof cell === 'string' && cell.trim() === ''));
}

/**
 * Reads an uploaded CSV or XLSX file into rows, the header row included. The format is taken
 * from the content: a ZIP archive is XLSX, anything else is CSV text. Rejects files with more
 * than maxDataRows non-blank rows below the header with 422 IMPORT_TOO_MANY_ROWS.
 */
export async function readSpreadsheet(file: UploadedSheet, maxDataRows: number): Promise<SheetRow[]> {
  const head = file.content.subarray(0, 4);
  if (head.equals(OLE_SIGNATURE) || /\.xls$/i.test(file.fileName ?? '')) {
    throw new DomainError(415, 'IMPORT_FORMAT_UNSUPPORTED', {
      lv: 'Vecais Excel formāts (.xls) netiek atbalstīts. Saglabājiet failu kā .xlsx vai CSV.',
      en: 'The old Excel format (.xls) is not supported. Save the file as .xlsx or CSV.',
    });
  }
  if (head.equals(ZIP_SIGNATURE)) {
    return readXlsxRows(file.content, maxDataRows);
  }
  if (/\.xlsx$/i.test(file.fileName ?? '')) {
    throw new DomainError(422, 'IMPORT_FILE_UNREADABLE', {
      lv: 'Fails ar paplašinājumu .xlsx nav Excel darbgrāmata. Saglabājiet to vēlreiz kā .xlsx vai CSV.',
      en: 'The file with the .xlsx extension is not an Excel workbook. Save it again as .xlsx or CSV.',
    });
  }
  const rows = parseCsvRows(decodeText(file.content));
  if (rows.filter(hasValues).length - 1 > maxDataRows) {
    throw tooManyRows(maxDataRows);
  }
  return rows;
}
