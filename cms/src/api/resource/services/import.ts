import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import * as yup from 'yup';
import type { ScopedActor } from '../../../lib/actor';
import { knexOf, isUniqueViolation, type Db } from '../../../lib/db';
import { conflict, DomainError, type LocalizedText } from '../../../lib/errors';
import { loadCodeLabels } from '../../../lib/code-labels';
import { insertNumberedResources, type NewResource } from '../../../lib/resource-insert';
import { loadSubtypeDefinitions } from '../../../lib/resource-subtypes';
import { findIdentityClashes, type IdentityCandidate } from '../../../lib/resource-uniqueness';
import { resolveInstitution } from '../../../lib/scope';
import { hasValues, readSpreadsheet, type SheetRow, type UploadedSheet } from '../../../lib/spreadsheet-read';
import { CONTENT_TYPES, CSV_BOM, csvLine, type SpreadsheetFormat } from '../../../lib/spreadsheet-write';
import { parseId } from '../../../lib/validation';
import { schemaProblemMessage } from '../../../domain/resource-import-messages';
import { convertRow, matchHeader, type ImportLookups, type ImportProblem } from '../../../domain/resource-import-row';
import { resourceColumns, resourceInputSchema, type ResourceInput } from '../../../domain/resource-input';
import { parameterKind, parameterLabel } from '../../../domain/resource-parameters';
import { checkResourceRules, type SubtypeDefinition } from '../../../domain/resource-rules';
import {
  CODES_SHEET,
  importColumns,
  NO_LABEL,
  PARAMETERS_SHEET,
  parameterKeysOf,
  RESOURCES_SHEET,
  SHEET_CODE_LISTS,
  YES_LABEL,
  type SheetColumn,
} from '../../../domain/resource-sheet';
import { RESOURCE_MANUAL_STATUSES } from '../../../domain/resource-status';

/** Largest import file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Most data rows one import may have. */
export const MAX_IMPORT_ROWS = 10_000;
/** Most problems one rejected import lists; errorCount still counts them all. */
const MAX_REPORTED_PROBLEMS = 1000;

export type ImportOutcome =
  | { ok: true; created: number; numbers: [string, string] }
  | { ok: false; errors: ImportProblem[]; errorCount: number };

interface ImportCatalog {
  lookups: ImportLookups;
  columns: SheetColumn[];
  subtypesById: Map<number, SubtypeDefinition>;
}

interface CheckedRow {
  rowNumber: number;
  resource?: NewResource;
  candidate?: IdentityCandidate;
  problems: Array<{ field: string; message: LocalizedText }>;
}

async function loadCatalog(db: Db): Promise<ImportCatalog> {
  const subtypes = (await loadSubtypeDefinitions(db)).filter((subtype) => subtype.active && subtype.typeId !== null);
  const codeLabels = await loadCodeLabels(db, SHEET_CODE_LISTS);
  // A manager sets only the manual statuses, so the others are neither offered nor accepted.
  const statuses = codeLabels.get('resource_status');
  for (const code of [...(statuses?.keys() ?? [])]) {
    if (!(RESOURCE_MANUAL_STATUSES as readonly string[]).includes(code)) {
      statuses?.delete(code);
    }
  }
  const columns = importColumns(parameterKeysOf(subtypes.flatMap((subtype) => subtype.parameters.map((parameter) => parameter.key))));
  return { lookups: { subtypes, codeLabels }, columns, subtypesById: new Map(subtypes.map((subtype) => [subtype.id, subtype])) };
}

/** Checks one data row with the registration schema and rules; every failing cell is a problem. */
function checkRow(row: SheetRow, positions: ReadonlyMap<string, number>, catalog: ImportCatalog): CheckedRow {
  const { input, problems: conversionProblems } = convertRow(row, catalog.columns, positions, catalog.lookups);
  const problems = new Map(conversionProblems);
  const columnOf = (field: string) => catalog.columns.find((column) => column.field === field);
  const labelIn = (column: SheetColumn | undefined) => (code: string) =>
    catalog.lookups.codeLabels.get(column?.list ?? '')?.get(code) ?? code;

  let validated: ResourceInput | undefined;
  try {
    validated = resourceInputSchema.validateSync(input, { abortEarly: false, stripUnknown: false });
  } catch (error) {
    if (!(error instanceof yup.ValidationError)) {
      throw error;
    }
    for (const inner of error.inner.length > 0 ? error.inner : [error]) {
      const field = (inner.path ?? '').split(/[.[]/)[0];
      if (!problems.has(field)) {
        const column = columnOf(field);
        problems.set(field, schemaProblemMessage(inner, column, labelIn(column)));
      }
    }
  }

  const subtype = typeof input.subtypeId === 'number' ? catalog.subtypesById.get(input.subtypeId) : undefined;
  const rules = checkResourceRules(
    {
      socialSupport: input.socialSupport === true,
      usagePurpose: String(input.usagePurpose ?? ''),
      targetGroup: String(input.targetGroup ?? ''),
      valueEur: typeof input.valueEur === 'number' ? input.valueEur : null,
      parameters: input.parameters,
    },
    subtype,
  );
  for (const problem of rules.problems) {
    // A missing or unknown subtype has been reported by the conversion or the schema already.
    if (problem.code !== 'SUBTYPE_NOT_FOUND' && !problems.has(problem.field)) {
      problems.set(problem.field, problem.message);
    }
  }

  const serialNumber = typeof input.serialNumber === 'string' ? input.serialNumber : undefined;
  const inventoryNumber = typeof input.inventoryNumber === 'string' ? input.inventoryNumber : undefined;
  const candidate =
    rules.subtype && serialNumber && inventoryNumber ? { typeId: rules.subtype.typeId, serialNumber, inventoryNumber } : undefined;
  const resource =
    validated && rules.subtype && problems.size === 0
      ? {
          columns: resourceColumns(validated, rules.parameters),
          typeId: rules.subtype.typeId,
          subtypeId: rules.subtype.id,
          status: validated.status,
        }
      : undefined;
  return { rowNumber: row.rowNumber, resource, candidate, problems: [...problems].map(([field, message]) => ({ field, message })) };
}

function headerOf(columns: readonly SheetColumn[], field: string): string {
  return columns.find((column) => column.field === field)?.header ?? field;
}

function rejected(problems: ImportProblem[], columns: readonly SheetColumn[]): ImportOutcome {
  const order = new Map(columns.map((column, index) => [column.header, index]));
  // Columns the import does not know (unknown headers) sort after the known ones.
  const position = (column: string) => order.get(column) ?? columns.length;
  const sorted = [...problems].sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
  return { ok: false, errors: sorted.slice(0, MAX_REPORTED_PROBLEMS), errorCount: sorted.length };
}

/**
 * Builds the XLSX template: the "Resursi" sheet with the headers, the "Kodi" sheet with the
 * allowed values of each coded column and the "Parametri" sheet with each subtype's parameters.
 */
async function xlsxTemplate(catalog: ImportCatalog): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'RUMIS';
  const resources = workbook.addWorksheet(RESOURCES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  resources.columns = catalog.columns.map((column) => ({
    header: column.header,
    key: column.field,
    width: Math.max(14, column.header.length + 4),
  }));
  resources.getRow(1).font = { bold: true };
  catalog.columns.forEach((column, index) => {
    if (column.required) {
      resources.getRow(1).getCell(index + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } };
    }
  });

  const codes = workbook.addWorksheet(CODES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  codes.columns = [
    { header: 'Kolonna', key: 'column', width: 32 },
    { header: 'Kods', key: 'code', width: 34 },
    { header: 'Nosaukums', key: 'label', width: 48 },
  ];
  codes.getRow(1).font = { bold: true };
  for (const column of catalog.columns) {
    if (column.kind === 'subtype') {
      for (const subtype of catalog.lookups.subtypes) {
        codes.addRow({ column: column.header, code: subtype.code, label: subtype.labelLv });
      }
    } else if (column.kind === 'code') {
      for (const [code, label] of catalog.lookups.codeLabels.get(column.list ?? '') ?? []) {
        codes.addRow({ column: column.header, code, label });
      }
    } else if (column.kind === 'boolean') {
      codes.addRow({ column: column.header, code: 'true', label: YES_LABEL });
      codes.addRow({ column: column.header, code: 'false', label: NO_LABEL });
    }
  }

  const parameters = workbook.addWorksheet(PARAMETERS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  parameters.columns = [
    { header: 'Apakštips', key: 'subtype', width: 30 },
    { header: 'Kolonna', key: 'column', width: 28 },
    { header: 'Obligāts', key: 'required', width: 10 },
    { header: 'Vērtība', key: 'kind', width: 20 },
  ];
  parameters.getRow(1).font = { bold: true };
  const kindLabels = { positive_number: 'Pozitīvs skaitlis', boolean: `${YES_LABEL} vai ${NO_LABEL}`, text: 'Teksts' };
  for (const subtype of catalog.lookups.subtypes) {
    for (const parameter of subtype.parameters) {
      parameters.addRow({
        subtype: subtype.labelLv,
        column: parameterLabel(parameter.key),
        required: parameter.required ? YES_LABEL : NO_LABEL,
        kind: kindLabels[parameterKind(parameter.key)],
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Imports resources from a CSV or XLSX file into one institution. Every row is first checked
   * with the rules of registration, and its serial and inventory numbers against the database
   * and the other rows. Any problem rejects the whole file, so nothing is half-imported.
   * Otherwise all rows are stored in one transaction with consecutive numbers in row order.
   */
  async importFile(actor: ScopedActor, file: UploadedSheet, institutionIdParam: unknown): Promise<ImportOutcome> {
    const knex = knexOf(strapi);
    const requestedInstitution =
      institutionIdParam === undefined || institutionIdParam === '' ? null : parseId(institutionIdParam, 'institutionId');
    const institution = await resolveInstitution(knex, actor.profile, requestedInstitution);

    const [header, ...dataRows] = (await readSpreadsheet(file, MAX_IMPORT_ROWS)).filter(hasValues);
    if (!header || dataRows.length === 0) {
      throw new DomainError(422, 'IMPORT_EMPTY', {
        lv: 'Failā nav nevienas resursu rindas zem virsrakstu rindas. Aizpildiet importa veidni.',
        en: 'The file has no resource rows below the header row. Fill in the import template.',
      });
    }
    const catalog = await loadCatalog(knex);
    const { positions, problems: headerProblems } = matchHeader(header, catalog.columns);
    if (headerProblems.length > 0) {
      return rejected(headerProblems, catalog.columns);
    }

    const checked = dataRows.map((row) => checkRow(row, positions, catalog));
    const problems: ImportProblem[] = checked.flatMap((row) =>
      row.problems.map((problem) => ({ row: row.rowNumber, column: headerOf(catalog.columns, problem.field), message: problem.message })),
    );
    const withCandidates = checked.filter((row): row is CheckedRow & { candidate: IdentityCandidate } => row.candidate !== undefined);
    const clashes = await findIdentityClashes(
      knex,
      institution.id,
      withCandidates.map((row) => row.candidate),
    );
    for (const clash of clashes) {
      const fieldLabel =
        clash.field === 'serialNumber' ? { lv: 'Sērijas numurs', en: 'Serial number' } : { lv: 'Inventāra numurs', en: 'Inventory number' };
      const firstRow = withCandidates[clash.repeats ?? 0].rowNumber;
      const message: LocalizedText =
        clash.takenBy !== undefined
          ? {
              lv: `${fieldLabel.lv} "${clash.value}" jau ir reģistrēts resursam ${clash.takenBy}.`,
              en: `${fieldLabel.en} "${clash.value}" is already registered to resource ${clash.takenBy}.`,
            }
          : {
              lv: `${fieldLabel.lv} "${clash.value}" jau norādīts ${firstRow}. rindā.`,
              en: `${fieldLabel.en} "${clash.value}" is already given in row ${firstRow}.`,
            };
      problems.push({ row: withCandidates[clash.index].rowNumber, column: headerOf(catalog.columns, clash.field), message });
    }
    if (problems.length > 0) {
      strapi.log.info('Resource import rejected', {
        institutionId: institution.id,
        rows: dataRows.length,
        problems: problems.length,
        profileId: actor.profile.id,
      });
      return rejected(problems, catalog.columns);
    }

    const resources = checked.flatMap((row) => (row.resource ? [row.resource] : []));
    try {
      const created = await knex.transaction((trx) => insertNumberedResources(trx, institution, resources, actor));
      const numbers: [string, string] = [created[0].number, created[created.length - 1].number];
      strapi.log.info('Resources imported', {
        institutionId: institution.id,
        created: created.length,
        first: numbers[0],
        last: numbers[1],
        profileId: actor.profile.id,
      });
      return { ok: true, created: created.length, numbers };
    } catch (error) {
      if (isUniqueViolation(error, 'resources_serial_uq') || isUniqueViolation(error, 'resources_inventory_uq')) {
        throw conflict('IMPORT_CONFLICT', {
          lv: 'Importa laikā cits lietotājs reģistrēja resursu ar kādu no faila sērijas vai inventāra numuriem. Nekas netika saglabāts; importējiet failu vēlreiz.',
          en: 'During the import, another user registered a resource with one of the serial or inventory numbers in the file. Nothing was saved. Import the file again.',
        });
      }
      throw error;
    }
  },

  /** Builds the import template with the Latvian headers; the XLSX one also lists allowed values. */
  async template(format: SpreadsheetFormat): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const catalog = await loadCatalog(knexOf(strapi));
    const content =
      format === 'csv'
        ? Buffer.from(CSV_BOM + csvLine(catalog.columns.map((column) => column.header)), 'utf8')
        : await xlsxTemplate(catalog);
    return { fileName: `resursu-importa-veidne.${format}`, contentType: CONTENT_TYPES[format], content };
  },
});
