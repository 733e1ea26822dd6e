/**
 * NOTE: Strapi 5's PostgreSQL dialect (@strapi/database 5.54) turns off the pg driver's jsonb
 * parsing, and the panel API reads its rows with raw knex queries. So `roles`, `parameters` and
 * `socialStatuses` arrive as JSON strings. These helpers accept strings and decoded values alike,
 * so the panel keeps working once the server decodes them itself.
 */

function decode(value: unknown): unknown {
  if (typeof value !== 'string') {
    return value;
  }
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function parseJsonArray<T = string>(value: unknown): T[] {
  const decoded = decode(value);
  return Array.isArray(decoded) ? (decoded as T[]) : [];
}

export function parseJsonObject(value: unknown): Record<string, unknown> {
  const decoded = decode(value);
  return typeof decoded === 'object' && decoded !== null && !Array.isArray(decoded) ? (decoded as Record<string, unknown>) : {};
}

const ARRAY_FIELDS = ['roles', 'socialStatuses'];
const OBJECT_FIELDS = ['parameters'];

/** Decodes the JSON fields of one record returned by the panel API. */
export function decodeJsonFields<T extends Record<string, unknown>>(record: T): T {
  const result: Record<string, unknown> = { ...record };
  for (const field of ARRAY_FIELDS) {
    if (field in result) {
      result[field] = parseJsonArray(result[field]);
    }
  }
  for (const field of OBJECT_FIELDS) {
    if (field in result && result[field] !== null) {
      // Resource subtypes list their parameter definitions as an array under the same name.
      const decoded = decode(result[field]);
      result[field] = Array.isArray(decoded) ? decoded : parseJsonObject(decoded);
    }
  }
  return result as T;
}
