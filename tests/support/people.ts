import { generatePersonalCode } from '@rumis/access';

/**
 * Each test file loads this module afresh (Jest gives every file its own registry and a copy of
 * process.env), so every file counts up from its own random start in a space of 10^9. Two files
 * of a run overlap only if their starts fall within a few hundred of each other: an estimated
 * chance below 1 in 10,000 per run, and the unique index on personal codes reports it if so.
 */
let serial = Math.floor(Math.random() * 999_000_000);

function nextSerial(): number {
  serial += 1;
  return serial;
}

/**
 * Returns a valid personal code in the format issued since 2017 (32 followed by nine digits)
 * that no other call in this file returns. Demo data uses the older dated format, so test people
 * never collide with demo people. Tests never use real people's codes.
 */
export function newPersonalCode(): string {
  return `32${String(nextSerial() % 1e9).padStart(9, '0')}`;
}

/** Returns a valid code in the older DDMMYYCNNNX format, with a check digit, for the given birth year. */
export function newDatedPersonalCode(birthYear: number): string {
  const next = nextSerial();
  const day = 1 + (next % 28);
  const month = 1 + (Math.floor(next / 28) % 12);
  return generatePersonalCode(new Date(Date.UTC(birthYear, month - 1, day)), next % 1000);
}

/** Count of suffixes made by this process, which keeps suffixes made in the same millisecond apart. */
let suffixCount = 0;

/**
 * Returns a text no other call returns: the time, a per-process count and a random part. The
 * random part keeps suffixes apart across processes that share a database, such as reruns against
 * one DATABASE_URL. A random part alone collided within a millisecond in a copy of 200 items.
 */
export function uniqueSuffix(): string {
  suffixCount += 1;
  // The count has a fixed width, so that no two (count, random) pairs give the same text.
  return `${Date.now().toString(36)}${suffixCount.toString(36).padStart(4, '0')}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
