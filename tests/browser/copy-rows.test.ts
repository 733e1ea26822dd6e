import {
  MAX_COPIES,
  applyPaste,
  cellKeyOfServerField,
  findRowProblems,
  isMultiCellPaste,
  parsePastedCells,
  resizeRows,
} from '../../admin/src/resources/copyRows';

const row = (serialNumber: string, inventoryNumber: string) => ({ serialNumber, inventoryNumber });

describe('copy dialog rows', () => {
  it('paste splits lines and tabs', () => {
    expect(parsePastedCells('A1\tB1\r\nA2\tB2\r\n')).toEqual([
      ['A1', 'B1'],
      ['A2', 'B2'],
    ]);
    expect(parsePastedCells('A1\nA2\n')).toEqual([['A1'], ['A2']]);
  });

  it.each([
    ['SN-1', false],
    ['SN-1\n', false],
    ['SN-1\nSN-2', true],
    ['SN-1\tINV-1', true],
  ])('paste of %j fills several cells: %s', (text, expected) => {
    expect(isMultiCellPaste(text)).toBe(expected);
  });

  it('two columns fill both numbers', () => {
    const rows = applyPaste(resizeRows([], 3), 0, 'serialNumber', [
      ['S1', 'I1'],
      ['S2', 'I2'],
    ]);
    expect(rows).toEqual([row('S1', 'I1'), row('S2', 'I2'), row('', '')]);
  });

  it('one column fills only its own field', () => {
    const rows = applyPaste([row('S1', 'I1'), row('S2', 'I2')], 1, 'inventoryNumber', [['X2'], ['X3']]);
    expect(rows).toEqual([row('S1', 'I1'), row('S2', 'X2'), row('', 'X3')]);
  });

  it('paste grows the table up to the maximum', () => {
    const cells = Array.from({ length: MAX_COPIES + 5 }, (_, index) => [`S${index}`]);
    expect(applyPaste(resizeRows([], 5), 0, 'serialNumber', cells)).toHaveLength(MAX_COPIES);
  });

  it.each([
    ['items[3].serialNumber', '3.serialNumber'],
    ['items[0].inventoryNumber', '0.inventoryNumber'],
    ['items', undefined],
    [undefined, undefined],
  ])('server field %j is cell %j', (field, expected) => {
    expect(cellKeyOfServerField(field)).toBe(expected);
  });

  it('empty and repeated numbers are problems', () => {
    const problems = findRowProblems([row('S1', 'I1'), row('', 'I2'), row('S1', 'I1')]);
    expect(Object.fromEntries(problems)).toEqual({
      '1.serialNumber': 'ra.validation.required',
      '2.serialNumber': 'resources.resources.copy.repeated',
      '2.inventoryNumber': 'resources.resources.copy.repeated',
    });
  });
});
