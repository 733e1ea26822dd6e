import type { Db } from './db';

/** Identity numbers of a resource about to be created. */
export interface IdentityCandidate {
  typeId: number;
  serialNumber: string;
  inventoryNumber: string;
}

/**
 * A candidate whose serial or inventory number is already registered (takenBy names that
 * resource) or repeats an earlier candidate's (repeats is that candidate's index).
 */
export interface IdentityClash {
  index: number;
  field: 'serialNumber' | 'inventoryNumber';
  value: string;
  takenBy?: string;
  repeats?: number;
}

interface OrdinalRow {
  ord: string | number;
  number?: string;
  first_ord?: string | number;
}

/**
 * Finds every clash of the candidates with the institution's resources and with each other, in
 * four set-based queries. The comparisons use PostgreSQL's lower(), as the unique indexes
 * resources_serial_uq and resources_inventory_uq do: a serial number is unique within an
 * institution and resource type, an inventory number within an institution, in any letter case.
 * The indexes still decide when a concurrent request registers the same number after this check.
 */
export async function findIdentityClashes(
  db: Db,
  institutionId: number,
  candidates: readonly IdentityCandidate[],
): Promise<IdentityClash[]> {
  if (candidates.length === 0) {
    return [];
  }
  const typeIds = candidates.map((candidate) => candidate.typeId);
  const serials = candidates.map((candidate) => candidate.serialNumber);
  const inventories = candidates.map((candidate) => candidate.inventoryNumber);

  const serialTaken = await db.raw<{ rows: OrdinalRow[] }>(
    `SELECT c.ord, r.number
       FROM unnest(?::int[], ?::text[]) WITH ORDINALITY AS c(type_id, value, ord)
       JOIN resources r ON r.institution_id = ? AND r.type_id = c.type_id AND lower(r.serial_number) = lower(c.value)`,
    [typeIds, serials, institutionId],
  );
  const inventoryTaken = await db.raw<{ rows: OrdinalRow[] }>(
    `SELECT c.ord, r.number
       FROM unnest(?::text[]) WITH ORDINALITY AS c(value, ord)
       JOIN resources r ON r.institution_id = ? AND lower(r.inventory_number) = lower(c.value)`,
    [inventories, institutionId],
  );
  const serialRepeated = await db.raw<{ rows: OrdinalRow[] }>(
    `SELECT ord, first_ord FROM (
       SELECT ord, first_value(ord) OVER (PARTITION BY type_id, lower(value) ORDER BY ord) AS first_ord
         FROM unnest(?::int[], ?::text[]) WITH ORDINALITY AS c(type_id, value, ord)
     ) AS t WHERE ord <> first_ord`,
    [typeIds, serials],
  );
  const inventoryRepeated = await db.raw<{ rows: OrdinalRow[] }>(
    `SELECT ord, first_ord FROM (
       SELECT ord, first_value(ord) OVER (PARTITION BY lower(value) ORDER BY ord) AS first_ord
         FROM unnest(?::text[]) WITH ORDINALITY AS c(value, ord)
     ) AS t WHERE ord <> first_ord`,
    [inventories],
  );

  // WITH ORDINALITY counts from 1, candidates from 0.
  const indexOf = (ord: string | number) => Number(ord) - 1;
  const clashes: IdentityClash[] = [
    ...serialTaken.rows.map((row) => ({
      index: indexOf(row.ord),
      field: 'serialNumber' as const,
      value: serials[indexOf(row.ord)],
      takenBy: row.number,
    })),
    ...inventoryTaken.rows.map((row) => ({
      index: indexOf(row.ord),
      field: 'inventoryNumber' as const,
      value: inventories[indexOf(row.ord)],
      takenBy: row.number,
    })),
    ...serialRepeated.rows.map((row) => ({
      index: indexOf(row.ord),
      field: 'serialNumber' as const,
      value: serials[indexOf(row.ord)],
      repeats: indexOf(row.first_ord ?? 0),
    })),
    ...inventoryRepeated.rows.map((row) => ({
      index: indexOf(row.ord),
      field: 'inventoryNumber' as const,
      value: inventories[indexOf(row.ord)],
      repeats: indexOf(row.first_ord ?? 0),
    })),
  ];
  const fieldOrder = (clash: IdentityClash) => (clash.field === 'serialNumber' ? 0 : 1);
  return clashes.sort((a, b) => a.index - b.index || fieldOrder(a) - fieldOrder(b));
}
