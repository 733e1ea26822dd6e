import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { seedDir } from '@rumis/database';
import { parseCsv } from '../lib/csv';
import { knexOf, newRowColumns } from '../lib/db';

function readSeed(name: string): Array<Record<string, string>> {
  return parseCsv(fs.readFileSync(path.join(seedDir, name), 'utf8'));
}

/** Technical parameters each subtype records; the first four are required for every computer. */
const SUBTYPE_PARAMETERS: Record<string, Array<{ key: string; required: boolean }>> = {
  chromebook: [
    { key: 'operating_system', required: true },
    { key: 'ram_gb', required: true },
    { key: 'storage_gb', required: true },
    { key: 'screen_inches', required: true },
    { key: 'case_type', required: false },
    { key: 'stylus', required: false },
    { key: 'connectivity', required: false },
    { key: 'notes', required: false },
  ],
  windows_laptop: [
    { key: 'operating_system', required: true },
    { key: 'ram_gb', required: true },
    { key: 'storage_gb', required: true },
    { key: 'screen_inches', required: true },
    { key: 'case_type', required: false },
    { key: 'connectivity', required: false },
    { key: 'notes', required: false },
  ],
  tablet: [
    { key: 'operating_system', required: true },
    { key: 'ram_gb', required: true },
    { key: 'storage_gb', required: true },
    { key: 'screen_inches', required: true },
    { key: 'case_type', required: false },
    { key: 'stylus', required: false },
    { key: 'connectivity', required: false },
    { key: 'notes', required: false },
  ],
};

const MINISTRY = { code: 'IZM', name: 'Izglītības un zinātnes ministrija', kind: 'ministry' };

/**
 * Seeds the code lists, supervisors, resource catalogs, social-support groups and the sample
 * institutions. Every step adds only what is missing, so a restart adds nothing twice.
 */
export async function seedCatalogs(strapi: Core.Strapi): Promise<void> {
  const knex = knexOf(strapi);
  const codeLists = readSeed('code-lists.csv');

  const existingCodes = new Set((await knex('code_list_entries').select('list', 'code')).map((row) => `${row.list}:${row.code}`));
  const positions = new Map<string, number>();
  const newEntries = codeLists
    .map((entry) => {
      const position = (positions.get(entry.list) ?? 0) + 1;
      positions.set(entry.list, position);
      return { entry, position };
    })
    .filter(({ entry }) => !existingCodes.has(`${entry.list}:${entry.code}`))
    .map(({ entry, position }) => ({ ...newRowColumns(), list: entry.list, code: entry.code, label_lv: entry.label_lv, label_en: entry.label_en, position }));
  if (newEntries.length > 0) {
    await knex('code_list_entries').insert(newEntries);
  }

  const existingSupervisors = new Set(await knex('supervisors').pluck('code'));
  const supervisors = [
    ...readSeed('municipalities.csv').map((row) => ({ code: row.iso_3166_2, name: row.name, kind: 'municipality' })),
    MINISTRY,
  ].filter((row) => !existingSupervisors.has(row.code));
  if (supervisors.length > 0) {
    await knex('supervisors').insert(supervisors.map((row) => ({ ...newRowColumns(), ...row })));
  }

  const documents = strapi.documents;
  const typeIds = new Map<string, string>();
  for (const entry of codeLists.filter((row) => row.list === 'resource_type')) {
    const existing = await documents('api::resource-type.resource-type').findFirst({ filters: { code: entry.code } });
    const type = existing ?? (await documents('api::resource-type.resource-type').create({ data: { code: entry.code, labelLv: entry.label_lv, labelEn: entry.label_en, active: true } }));
    typeIds.set(entry.code, type.documentId);
  }
  const computerType = typeIds.get('computer');
  for (const entry of codeLists.filter((row) => row.list === 'resource_subtype')) {
    const existing = await documents('api::resource-subtype.resource-subtype').findFirst({ filters: { code: entry.code } });
    if (!existing) {
      await documents('api::resource-subtype.resource-subtype').create({
        data: {
          code: entry.code,
          labelLv: entry.label_lv,
          labelEn: entry.label_en,
          active: true,
          type: computerType,
          parameters: SUBTYPE_PARAMETERS[entry.code] ?? [],
        },
      });
    }
  }
  for (const entry of codeLists.filter((row) => row.list === 'social_status')) {
    const existing = await documents('api::social-status.social-status').findFirst({ filters: { code: entry.code } });
    if (!existing) {
      await documents('api::social-status.social-status').create({ data: { code: entry.code, labelLv: entry.label_lv, labelEn: entry.label_en, active: true } });
    }
  }

  const result = await strapi.service('api::institution.viis-import').importCsv(fs.readFileSync(path.join(seedDir, 'institutions-sample.csv'), 'utf8'));
  if (result.errors.length > 0) {
    throw new Error(`Sample institutions could not be imported: ${JSON.stringify(result.errors)}`);
  }
}
