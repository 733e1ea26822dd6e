import type { Knex } from 'knex';
import { latvianToday, newRowColumns } from '../../lib/db';

export type SchoolKey = 'riga' | 'daugavpils' | 'valmiera';

/** Staff member a demo change is recorded as: the user and the profile they acted with. */
export interface DemoActor {
  userId: number;
  profileId: number;
}

/** Transaction and clock shared by every step of the demo seed. */
export interface DemoContext {
  trx: Knex.Transaction;
  /** Moment the seed runs. Every demo date is counted back from it, so the data set looks current. */
  now: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Returns the moment `days` days before now, moved by `hours` within that day. */
export function daysAgo(context: DemoContext, days: number, hours = 0): Date {
  return new Date(context.now.getTime() - days * DAY_MS + hours * 60 * 60 * 1000);
}

export function addHours(moment: Date, hours: number): Date {
  return new Date(moment.getTime() + hours * 60 * 60 * 1000);
}

/** The Latvian calendar date (YYYY-MM-DD) of a moment, as date columns store it. */
export function dateOf(moment: Date): string {
  return latvianToday(moment);
}

const HISTORY_TABLES = {
  resource: { table: 'resource_status_changes', column: 'resource_id' },
  application: { table: 'application_status_changes', column: 'application_id' },
  handover_act: { table: 'handover_act_status_changes', column: 'handover_act_id' },
} as const;

export interface PastStatusChange {
  trail: keyof typeof HISTORY_TABLES;
  recordId: number;
  from: string | null;
  to: string;
  actor: DemoActor | null;
  at: Date;
  reason?: string | null;
}

/**
 * Records one status change at a past moment. The row has the same columns that
 * recordStatusChange() in lib/history.ts writes, but that helper stamps the current time, and a
 * demo history must show when each change happened.
 */
export async function recordPastStatusChange(context: DemoContext, change: PastStatusChange): Promise<void> {
  const { table, column } = HISTORY_TABLES[change.trail];
  await context.trx(table).insert({
    ...newRowColumns(change.at),
    [column]: change.recordId,
    from_status: change.from,
    to_status: change.to,
    changed_at: change.at,
    user_id: change.actor?.userId ?? null,
    profile_id: change.actor?.profileId ?? null,
    ...(change.reason ? { reason: change.reason } : {}),
  });
}

/** Rejects a demo table entry whose story would end after the seed runs. */
export function assertInPast(context: DemoContext, moment: Date, what: string): void {
  if (moment.getTime() >= context.now.getTime()) {
    throw new Error(`Demo data: ${what} falls on ${moment.toISOString()}, which is not in the past. Move it earlier in the demo table.`);
  }
}
