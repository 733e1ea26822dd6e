import type { Knex } from 'knex';
import { newRowColumns } from './db';
import type { Actor } from './session';

type Trail = 'resource' | 'application' | 'handover_act';

const TABLES: Record<Trail, { table: string; column: string }> = {
  resource: { table: 'resource_status_changes', column: 'resource_id' },
  application: { table: 'application_status_changes', column: 'application_id' },
  handover_act: { table: 'handover_act_status_changes', column: 'handover_act_id' },
};

/** Records one status change with who made it, in the caller's transaction. */
export async function recordStatusChange(
  trx: Knex.Transaction,
  trail: Trail,
  recordId: number,
  fromStatus: string | null,
  toStatus: string,
  actor: Actor | null,
  reason?: string | null,
): Promise<void> {
  const { table, column } = TABLES[trail];
  const now = new Date();
  await trx(table).insert({
    ...newRowColumns(now),
    [column]: recordId,
    from_status: fromStatus,
    to_status: toStatus,
    changed_at: now,
    user_id: actor?.userId ?? null,
    profile_id: actor?.profile?.id ?? null,
    ...(reason ? { reason } : {}),
  });
}
