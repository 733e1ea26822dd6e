/** Serial and inventory number inputs of one copy row. */
export interface CopyRow {
  serialNumber: string;
  inventoryNumber: string;
}

export type CopyField = keyof CopyRow;

/** Copies one request may create; the server rejects more. */
export const MAX_COPIES = 200;

export const emptyRow = (): CopyRow => ({ serialNumber: '', inventoryNumber: '' });

/** Returns `rows` cut or extended with empty rows to `count` rows. */
export function resizeRows(rows: readonly CopyRow[], count: number): CopyRow[] {
  const size = Math.max(1, Math.min(MAX_COPIES, Math.floor(count)));
  return Array.from({ length: size }, (_, index) => rows[index] ?? emptyRow());
}

/**
 * Splits text pasted from a spreadsheet into rows of cells: lines by newline (\n or \r\n), cells
 * by tab. The empty line that spreadsheets add after the last row is dropped.
 */
export function parsePastedCells(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}

/** Returns true when pasted text contains more than one cell, so the paste should fill several inputs. */
export function isMultiCellPaste(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

/**
 * Fills rows from pasted cells, starting at row `start` in column `field`. A pasted line with two
 * cells, pasted into the serial number column, fills the serial and the inventory number.
 * The table grows when the paste has more lines than rows are left, up to MAX_COPIES.
 */
export function applyPaste(rows: readonly CopyRow[], start: number, field: CopyField, cells: string[][]): CopyRow[] {
  const needed = Math.min(MAX_COPIES, Math.max(rows.length, start + cells.length));
  const result = resizeRows(rows, needed).map((row) => ({ ...row }));
  cells.forEach((line, offset) => {
    const row = result[start + offset];
    if (!row) {
      return;
    }
    row[field] = line[0] ?? '';
    if (field === 'serialNumber' && line.length > 1) {
      row.inventoryNumber = line[1];
    }
  });
  return result;
}

/** Key of one input's error: `<row index>.<field>`. */
export const cellKey = (index: number, field: CopyField) => `${index}.${field}`;

/** Reads the input a server error names, such as items[3].serialNumber, as a cell key. */
export function cellKeyOfServerField(field: string | undefined): string | undefined {
  const match = /^items\[(\d+)\]\.(serialNumber|inventoryNumber)$/.exec(field ?? '');
  return match ? cellKey(Number(match[1]), match[2] as CopyField) : undefined;
}

/**
 * Checks the rows before sending them: every cell is required, and no serial or inventory number
 * may repeat in the table. Returns translation keys by cell key. The server checks the numbers
 * against the registered resources as well.
 */
export function findRowProblems(rows: readonly CopyRow[]): Map<string, string> {
  const problems = new Map<string, string>();
  for (const field of ['serialNumber', 'inventoryNumber'] as const) {
    const firstIndexOf = new Map<string, number>();
    rows.forEach((row, index) => {
      const value = row[field].trim();
      if (value === '') {
        problems.set(cellKey(index, field), 'ra.validation.required');
      } else if (firstIndexOf.has(value)) {
        problems.set(cellKey(index, field), 'resources.resources.copy.repeated');
      } else {
        firstIndexOf.set(value, index);
      }
    });
  }
  return problems;
}
