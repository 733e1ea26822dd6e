import type { Knex } from 'knex';
import type { ResourceColumns } from '../domain/resource-input';
import { newRowColumns } from './db';
import { recordResourceStatusChanges } from './resource-history';
import { reserveSequenceRange } from './sequence';
import type { Actor } from './session';

export interface NewResource {
  columns: ResourceColumns;
  typeId: number;
  subtypeId: number;
  status: string;
}

export interface NumberedResource {
  id: number;
  number: string;
  sequence: number;
}

const ROWS_PER_INSERT = 500;

/**
 * Inserts resources of one institution with consecutive numbers RES-<registration number>-<n>
 * and a first status history entry each, in the caller's transaction. The number range is
 * reserved in one statement before the inserts, so the numbers follow the input order.
 */
export async function insertNumberedResources(
  trx: Knex.Transaction,
  institution: { id: number; registration_number: string },
  resources: readonly NewResource[],
  actor: Actor,
): Promise<NumberedResource[]> {
  if (resources.length === 0) {
    return [];
  }
  const { first } = await reserveSequenceRange(trx, institution.id, 'resource', resources.length);
  const now = new Date();
  const inserted: NumberedResource[] = [];

  for (let start = 0; start < resources.length; start += ROWS_PER_INSERT) {
    const rows = resources.slice(start, start + ROWS_PER_INSERT).map((resource, offset) => {
      const sequence = first + start + offset;
      return {
        ...newRowColumns(now),
        ...resource.columns,
        number: `RES-${institution.registration_number}-${sequence}`,
        sequence,
        institution_id: institution.id,
        type_id: resource.typeId,
        subtype_id: resource.subtypeId,
        status: resource.status,
        status_confirmed_at: now,
      };
    });
    const returned: Array<{ id: number; number: string; sequence: number }> = await trx('resources')
      .insert(rows)
      .returning(['id', 'number', 'sequence']);
    // PostgreSQL does not promise that RETURNING follows the VALUES order, so rows are matched by sequence.
    returned.sort((a, b) => a.sequence - b.sequence);
    inserted.push(...returned);
  }

  await recordResourceStatusChanges(
    trx,
    inserted.map((row, index) => ({ resourceId: row.id, fromStatus: null, toStatus: resources[index].status })),
    actor,
    null,
    now,
  );
  return inserted;
}
