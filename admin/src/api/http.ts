import { fetchUtils, HttpError } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';

/** Base path of the panel API (the ra-data-simple-rest dialect). */
export const PANEL_API = '/api/panel';

/**
 * Returns the Accept-Language value for the panel's current language ("lv" or "en"), so that the
 * server writes its error messages in it. React-admin renders the panel only after the
 * i18nProvider has switched to the locale kept in its store, so getLocale() is that locale.
 */
export function acceptLanguage(): string {
  return i18nProvider.getLocale() === 'en' ? 'en' : 'lv';
}

/** Error body of the RUMIS server: Strapi's error shape with a stable code and a message in the requested language. */
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
 * Builds react-admin submission errors from the server's error: its message at the field it
 * names (such as valueEur or parameters.ram_gb) and as root.serverError, which react-admin's
 * form shows as its notification. Returns undefined when the server names no field.
 */
function submissionErrors(body: ApiErrorBody): Record<string, unknown> | undefined {
  const { field, message } = body.error;
  return field ? { [field]: message, root: { serverError: message } } : undefined;
}

/**
 * Rebuilds an HttpError so that its message is the server's `error.message`, which react-admin
 * shows in its notifications, and its body has `errors` when the server named a field. Create and
 * Edit in pessimistic mode show those errors at the form's inputs. Other errors pass through unchanged.
 */
export function withServerMessage(error: unknown): unknown {
  if (error instanceof HttpError && isApiErrorBody(error.body)) {
    const errors = submissionErrors(error.body);
    return new HttpError(error.body.error.message, error.status, errors ? { ...error.body, errors } : error.body);
  }
  return error;
}

/**
 * Returns the submission errors of a failed request, which a form's onSubmit returns so that
 * react-admin shows the message at the named input. Returns undefined when the server named no field.
 */
export function submissionErrorsOf(error: unknown): Record<string, unknown> | undefined {
  return error instanceof HttpError && isApiErrorBody(error.body) ? submissionErrors(error.body) : undefined;
}

/**
 * Calls react-admin's fetchJson with the session cookie and the panel's language in
 * Accept-Language, rejecting with the server's error message.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  // fetchJson sets Accept only when no headers are given, so it is set here too.
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  headers.set('Accept-Language', acceptLanguage());
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
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
