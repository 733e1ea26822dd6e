import type { Identifier } from 'react-admin';
import { downloadFile } from './download';
import { PANEL_API } from './dataProvider';

export type DocumentFormat = 'docx' | 'pdf';
export type DocumentKind = 'handover-act' | 'return-act';

/**
 * Downloads a generated act. A failure (such as 422 PDF_UNAVAILABLE where LibreOffice is
 * missing) rejects with the server's message in the panel's language.
 */
export function downloadActDocument(actId: Identifier, format: DocumentFormat, kind: DocumentKind): Promise<void> {
  return downloadFile(`${PANEL_API}/handover-acts/${actId}/document?format=${format}&kind=${kind}`, `${kind}-${actId}.${format}`);
}
