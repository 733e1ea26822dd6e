import fs from 'node:fs';
import path from 'node:path';

/** Returns the SQL that adds the constraints and indexes Strapi cannot declare (idempotent). */
export function readConstraintsSql(): string {
  return fs.readFileSync(path.join(__dirname, '..', 'sql', 'constraints.sql'), 'utf8');
}

/** Directory of the seed catalogs (CSV files copied from the project's reference data). */
export const seedDir = path.join(__dirname, '..', 'seed');
