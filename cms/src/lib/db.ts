import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { createId } from '@paralleldrive/cuid2';
import { reserveSequenceRange } from './sequence';

export type Db = Knex | Knex.Transaction;

export function knexOf(strapi: Core.Strapi): Knex {
  return strapi.db.connection;
}

/**
 * Columns Strapi expects on every row of a content type. Domain rows are written with knex
 * inside transactions, so they get the document id and timestamps that the Document Service
 * would have set.
 */
export function newRowColumns(now: Date = new Date()) {
  return { document_id: createId(), created_at: now, updated_at: now, published_at: now };
}

export type SequenceKind = 'resource' | 'application' | 'handover_act';

/**
 * Returns the next number of a per-institution sequence. The counter row stays locked until the
 * transaction ends, so concurrent creations get different numbers and a rolled-back creation
 * returns its number: the sequence has no gaps and never repeats.
 */
export async function nextSequence(trx: Knex.Transaction, institutionId: number, kind: SequenceKind): Promise<number> {
  const { first } = await reserveSequenceRange(trx, institutionId, kind, 1);
  return first;
}

/** Today's date in Latvia as YYYY-MM-DD: deadlines and act dates are Latvian calendar days. */
export function latvianToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Riga' }).format(now);
}

/**
 * Returns a DATE column's value as YYYY-MM-DD. The pg driver may return a DATE as a Date at local
 * midnight, so the local calendar fields are read, not the UTC ones.
 */
export function isoDate(value: string | Date | null | undefined): string | null {
  if (!value) {
    return null;
  }
  if (typeof value === 'string') {
    return value.slice(0, 10);
  }
  const month = String(value.getMonth() + 1).padStart(2, '0');
  const day = String(value.getDate()).padStart(2, '0');
  return `${value.getFullYear()}-${month}-${day}`;
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Returns a JSONB column's value as parsed JSON. Strapi registers a pg type parser that leaves
 * JSONB as text (its own query layer parses it), so rows read with knex carry strings.
 */
export function parseJsonColumn<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) {
    return fallback;
  }
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** PostgreSQL's code for a unique violation. */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = error as { code?: string; constraint?: string };
  return pgError?.code === UNIQUE_VIOLATION && (constraint === undefined || pgError.constraint === constraint);
}
