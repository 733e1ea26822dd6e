import type { Knex } from 'knex';
import { addDays, latvianToday, newRowColumns } from '../../lib/db';

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

/** Minutes by which Latvian time is ahead of UTC at the given moment: 120 in winter, 180 in summer. */
function rigaOffsetMinutes(moment: Date): number {
  const zone = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Riga', timeZoneName: 'shortOffset' })
    .formatToParts(moment)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d+)(?::(\d+))?/.exec(zone ?? '');
  if (!match) {
    return 0;
  }
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Returns the moment of a Latvian wall-clock time on a date (YYYY-MM-DD). */
export function rigaTime(isoDate: string, hour: number, minute = 0): Date {
  const asUtc = new Date(`${isoDate}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  return new Date(asUtc.getTime() - rigaOffsetMinutes(asUtc) * 60_000);
}

/** Returns the Latvian calendar date (YYYY-MM-DD) of a moment, as date columns store it. */
export function dateOf(moment: Date): string {
  return latvianToday(moment);
}

/**
 * Returns a Latvian time on the day `days` calendar days before the seed. With `days` of 1 or
 * more the moment is always in the past, whatever the hour the seed runs.
 */
export function daysAgo(context: DemoContext, days: number, hour: number, minute = 0): Date {
  return rigaTime(addDays(dateOf(context.now), -days), hour, minute);
}

/** Returns a Latvian time on the day `days` calendar days after a moment. */
export function daysAfter(moment: Date, days: number, hour: number, minute = 0): Date {
  return rigaTime(addDays(dateOf(moment), days), hour, minute);
}

export function addMinutes(moment: Date, minutes: number): Date {
  return new Date(moment.getTime() + minutes * 60_000);
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
