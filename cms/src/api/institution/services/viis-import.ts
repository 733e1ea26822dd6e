import type { Core } from '@strapi/strapi';
import { knexOf, newRowColumns } from '../../../lib/db';
import { parseCsv } from '../../../lib/csv';

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  errors: ImportRowError[];
}

const REQUIRED_COLUMNS = ['registration_number', 'name', 'municipality_iso_3166_2', 'city'];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Imports institutions from a VIIS export (CSV with registration_number, name,
   * municipality_iso_3166_2 and city). Every row is checked first; if any row is invalid nothing
   * is stored and each error names its row (counting the header as row 1), column and reason.
   * New institutions start inactive; known ones get their name, town and supervisor updated.
   */
  async importCsv(text: string): Promise<ImportResult> {
    const records = parseCsv(text);
    const errors: ImportRowError[] = [];
    const knex = knexOf(strapi);
    const header = records[0] ? Object.keys(records[0]) : [];
    for (const column of REQUIRED_COLUMNS) {
      if (!header.includes(column)) {
        errors.push({ row: 1, column, message: `Trūkst kolonnas "${column}".` });
      }
    }
    if (errors.length > 0 || records.length === 0) {
      return { created: 0, updated: 0, errors: records.length === 0 ? [{ row: 1, column: '', message: 'Failā nav datu rindu.' }] : errors };
    }

    const supervisors = new Map<string, number>((await knex('supervisors').select('id', 'code')).map((row) => [row.code, row.id]));
    const seen = new Set<string>();
    records.forEach((record, index) => {
      const row = index + 2;
      if (!/^\d{10}$/.test(record.registration_number)) {
        errors.push({ row, column: 'registration_number', message: 'Reģistrācijas numuram jābūt 10 cipariem.' });
      } else if (seen.has(record.registration_number)) {
        errors.push({ row, column: 'registration_number', message: 'Reģistrācijas numurs failā atkārtojas.' });
      }
      seen.add(record.registration_number);
      if (!record.name) {
        errors.push({ row, column: 'name', message: 'Nosaukums ir obligāts.' });
      }
      if (!supervisors.has(record.municipality_iso_3166_2)) {
        errors.push({ row, column: 'municipality_iso_3166_2', message: `Nezināma pašvaldība "${record.municipality_iso_3166_2}".` });
      }
    });
    if (errors.length > 0) {
      return { created: 0, updated: 0, errors };
    }

    return knex.transaction(async (trx) => {
      let created = 0;
      let updated = 0;
      for (const record of records) {
        const columns = { name: record.name, town: record.city || null, supervisor_id: supervisors.get(record.municipality_iso_3166_2) };
        const changed = await trx('institutions').where('registration_number', record.registration_number).update({ ...columns, updated_at: new Date() });
        if (changed > 0) {
          updated += 1;
        } else {
          await trx('institutions').insert({
            ...newRowColumns(),
            ...columns,
            registration_number: record.registration_number,
            status: 'inactive',
            accepts_applications: false,
          });
          created += 1;
        }
      }
      strapi.log.info('Institutions imported', { created, updated });
      return { created, updated, errors: [] };
    });
  },
});
