import type { Knex } from 'knex';
import { newRowColumns } from './db';
import type { Actor } from './session';

export interface ResourceStatusChange {
  resourceId: number;
  fromStatus: string | null;
  toStatus: string;
}

const ROWS_PER_INSERT = 500;

/**
 * Records many resource status changes with who made them, in the caller's transaction. It
 * writes the same rows as recordStatusChange, in batched inserts for bulk operations and imports.
 */
export async function recordResourceStatusChanges(
  trx: Knex.Transaction,
  changes: readonly ResourceStatusChange[],
  actor: Actor,
  reason: string | null = null,
  now: Date = new Date(),
): Promise<void> {
  for (let start = 0; start < changes.length; start += ROWS_PER_INSERT) {
    const rows = changes.slice(start, start + ROWS_PER_INSERT).map((change) => ({
      ...newRowColumns(now),
      resource_id: change.resourceId,
      from_status: change.fromStatus,
      to_status: change.toStatus,
      changed_at: now,
      user_id: actor.userId,
      profile_id: actor.profile?.id ?? null,
      reason,
    }));
    await trx('resource_status_changes').insert(rows);
  }
}
