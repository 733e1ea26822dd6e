/**
 * Dates as Latvian users write them: DD.MM.YYYY, and DD.MM.YYYY HH:MM for moments. Plain dates
 * (YYYY-MM-DD) are split as text, so no time zone can move them to another day. Timestamps are
 * shown in the browser's time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number) => String(value).padStart(2, '0');

export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const plain = ISO_DATE.exec(value);
  if (plain) {
    return `${plain[3]}.${plain[2]}.${plain[1]}`;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  if (ISO_DATE.test(value) || Number.isNaN(date.getTime())) {
    return formatDate(value);
  }
  return `${formatDate(value)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Returns today's date in the browser's time zone as YYYY-MM-DD, the form that date inputs and the API use. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Cuts a date value to YYYY-MM-DD for the API, or returns null for an empty value. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') {
    return null;
  }
  return ISO_DATE.test(value) ? value : value.slice(0, 10);
}
