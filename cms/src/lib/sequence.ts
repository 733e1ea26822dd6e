import type { Knex } from 'knex';
import type { SequenceKind } from './db';

/**
 * Reserves `count` consecutive numbers of a per-institution sequence in one statement and
 * returns the first and the last. The counter row stays locked until the transaction ends, so
 * a concurrent creation waits and then continues after the range, and a rollback returns the
 * whole range.
 */
export async function reserveSequenceRange(
  trx: Knex.Transaction,
  institutionId: number,
  kind: SequenceKind,
  count: number,
): Promise<{ first: number; last: number }> {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`reserveSequenceRange needs a positive whole count, got ${count}`);
  }
  const result = await trx.raw<{ rows: Array<{ value: number }> }>(
    `INSERT INTO rumis_counters (institution_id, kind, value) VALUES (?, ?, ?)
     ON CONFLICT (institution_id, kind) DO UPDATE SET value = rumis_counters.value + EXCLUDED.value
     RETURNING value`,
    [institutionId, kind, count],
  );
  const last = result.rows[0].value;
  return { first: last - count + 1, last };
}
