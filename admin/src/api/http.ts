import { fetchUtils, HttpError } from 'react-admin';

/** Base path of the panel API (the ra-data-simple-rest dialect). */
export const PANEL_API = '/api/panel';

/** Error body of the RUMIS server: Strapi's error shape with a stable code and a Latvian message. */
export interface ApiErrorBody {
  data: null;
  error: { status: number; name: string; code: string; message: string; field?: string; details?: unknown };
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) {
    return false;
  }
  const { error } = value as { error: unknown };
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

/** Returns the server's error code (such as PROFILE_REQUIRED) of a failed request, if it has one. */
export function errorCodeOf(error: unknown): string | undefined {
  return error instanceof HttpError && isApiErrorBody(error.body) ? error.body.error.code : undefined;
}

/**
 * Rebuilds an HttpError so that its message is the server's Latvian `error.message`, which
 * react-admin shows in its notifications. Other errors pass through unchanged.
 */
export function withServerMessage(error: unknown): unknown {
  if (error instanceof HttpError && isApiErrorBody(error.body)) {
    return new HttpError(error.body.error.message, error.status, error.body);
  }
  return error;
}

/** Calls react-admin's fetchJson with the session cookie, rejecting with the server's error message. */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, { ...options, credentials: 'include' });
  } catch (error) {
    throw withServerMessage(error);
  }
}

/** Sends a JSON body with POST and returns the parsed response. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const { json } = await httpClient(url, { method: 'POST', body: JSON.stringify(body ?? {}) });
  return json as T;
}

/** Returns the input field the server named in its error (such as items[3].serialNumber), if it named one. */
export function errorFieldOf(error: unknown): string | undefined {
  return error instanceof HttpError && isApiErrorBody(error.body) ? error.body.error.field : undefined;
}

export async function getJson<T>(url: string): Promise<T> {
  const { json } = await httpClient(url);
  return json as T;
}

/** Sends a JSON body with PUT and returns the parsed response. */
export async function putJson<T>(url: string, body: unknown): Promise<T> {
  const { json } = await httpClient(url, { method: 'PUT', body: JSON.stringify(body ?? {}) });
  return json as T;
}
