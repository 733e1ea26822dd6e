import { PARAMETER_LABELS_LV, parameterLabel } from './resource-parameters';

/**
 * Columns of the resource spreadsheets: the import template, the import and the export share
 * these Latvian headers, which are the panel form's labels, so a user sees one name for each
 * field everywhere.
 */

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'code' | 'subtype' | 'parameter';

export interface SheetColumn {
  /** Field of the resource input, or parameters.<key> for a technical parameter. */
  field: string;
  header: string;
  /** Headers of earlier templates that the import still accepts, because schools keep old files. */
  previousHeaders?: readonly string[];
  kind: ColumnKind;
  /** Code list whose codes or Latvian labels a 'code' column accepts. */
  list?: string;
  /** Whether an import file must have this column. */
  required?: boolean;
}

export const FIELD_COLUMNS: readonly SheetColumn[] = [
  { field: 'subtypeId', header: 'Apakštips', kind: 'subtype', required: true },
  { field: 'manufacturer', header: 'Ražotājs', kind: 'text', required: true },
  { field: 'model', header: 'Modelis', kind: 'text', required: true },
  { field: 'serialNumber', header: 'Sērijas numurs', kind: 'text', required: true },
  { field: 'inventoryNumber', header: 'Inventāra numurs', kind: 'text', required: true },
  { field: 'manufactureYear', header: 'Izgatavošanas gads', kind: 'integer' },
  { field: 'ownName', header: 'Iestādes piešķirtais nosaukums', kind: 'text' },
  { field: 'resourceGroup', header: 'Resursu grupa', kind: 'text' },
  { field: 'acquisitionType', header: 'Iegādes veids', kind: 'code', list: 'acquisition_type', required: true },
  { field: 'fundingProgramme', header: 'Finansējuma programma', kind: 'code', list: 'funding_programme' },
  { field: 'acquisitionDate', header: 'Iegādes datums', kind: 'date' },
  { field: 'valueEur', header: 'Vērtība ar PVN (EUR)', previousHeaders: ['Vērtība EUR ar PVN'], kind: 'decimal' },
  { field: 'usagePurpose', header: 'Lietošanas mērķis', kind: 'code', list: 'usage_purpose', required: true },
  { field: 'targetGroup', header: 'Mērķa grupa', kind: 'code', list: 'target_group', required: true },
  { field: 'socialSupport', header: 'Sociālā atbalsta resurss', kind: 'boolean' },
  { field: 'location', header: 'Atrašanās vieta', kind: 'code', list: 'resource_location' },
  { field: 'status', header: 'Statuss', kind: 'code', list: 'resource_status' },
];

export const NOTES_COLUMN: SheetColumn = { field: 'notes', header: 'Piezīmes (stāvoklis)', kind: 'text' };

/** Code lists the coded columns use. */
export const SHEET_CODE_LISTS = FIELD_COLUMNS.flatMap((column) => (column.list ? [column.list] : []));

/** Orders the parameter keys that get columns: the known ones in their usual order, then any others sorted. */
export function parameterKeysOf(definedKeys: Iterable<string>): string[] {
  const known = Object.keys(PARAMETER_LABELS_LV);
  const others = [...new Set(definedKeys)].filter((key) => !known.includes(key)).sort();
  return [...known, ...others];
}

/** Parameter headers of earlier templates that the import still accepts. */
const PREVIOUS_PARAMETER_HEADERS: Record<string, readonly string[]> = {
  case_type: ['Korpusa tips'],
  notes: ['Parametru piezīmes'],
};

/** Lists the columns of an import file: the fields, one column per technical parameter, and the notes. */
export function importColumns(parameterKeys: readonly string[]): SheetColumn[] {
  const parameterColumns = parameterKeys.map(
    (key): SheetColumn => ({
      field: `parameters.${key}`,
      header: parameterLabel(key),
      previousHeaders: PREVIOUS_PARAMETER_HEADERS[key],
      kind: 'parameter',
    }),
  );
  return [...FIELD_COLUMNS, ...parameterColumns, NOTES_COLUMN];
}

/** Boolean cells: "Jā" and "Nē" are written; these spellings are read. */
export const YES_WORDS = ['jā', 'ja', 'yes', 'true', '1', 'x'];
export const NO_WORDS = ['nē', 'ne', 'no', 'false', '0'];
export const YES_LABEL = 'Jā';
export const NO_LABEL = 'Nē';

/** Sheet names of the XLSX import template, which messages refer to. */
export const RESOURCES_SHEET = 'Resursi';
export const CODES_SHEET = 'Kodi';
export const PARAMETERS_SHEET = 'Parametri';
