import { HttpError } from 'react-admin';
import { acceptLanguage, withServerMessage } from './http';

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]) : fallback;
}

async function errorOf(response: Response): Promise<unknown> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // A body that is not JSON (such as a proxy's HTML error page) is kept as text.
  }
  return withServerMessage(new HttpError(response.statusText, response.status, body));
}

/**
 * Downloads a file the server generates (an act, an export, an import template) with the session
 * cookie and hands it to the browser under the name from Content-Disposition, or `fallbackName`.
 * A failure rejects with the server's message in the panel's language.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'include', headers: { 'Accept-Language': acceptLanguage() } });
  if (!response.ok) {
    throw await errorOf(response);
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response, fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after the click returns, so it is released a minute later.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
