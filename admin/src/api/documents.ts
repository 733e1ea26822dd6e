import type { Identifier } from 'react-admin';
import { HttpError } from 'react-admin';
import { withServerMessage } from './http';
import { PANEL_API } from './dataProvider';

export type DocumentFormat = 'docx' | 'pdf';
export type DocumentKind = 'handover-act' | 'return-act';

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/**
 * Downloads a generated act and hands it to the browser as a file. A failure (such as 422
 * PDF_UNAVAILABLE where LibreOffice is missing) rejects with the server's Latvian message.
 */
export async function downloadActDocument(actId: Identifier, format: DocumentFormat, kind: DocumentKind): Promise<void> {
  const url = `${PANEL_API}/handover-acts/${actId}/document?format=${format}&kind=${kind}`;
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    throw withServerMessage(new HttpError(response.statusText, response.status, body));
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response, `${kind}-${actId}.${format}`);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after the click returns, so it is released a minute later.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
