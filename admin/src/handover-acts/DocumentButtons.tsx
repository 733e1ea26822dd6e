import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useCanAccess, useNotify, useRecordContext } from 'react-admin';
import { downloadActDocument, type DocumentFormat, type DocumentKind } from '../api/documents';
import type { HandoverActRecord } from '../types';
import { DOCUMENT_STATUSES } from './actStatuses';

const DocumentButton = ({ act, kind, format }: { act: HandoverActRecord; kind: DocumentKind; format: DocumentFormat }) => {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const handleClick = async () => {
    setBusy(true);
    try {
      await downloadActDocument(act.id, format, kind);
    } catch (error) {
      // A PDF needs LibreOffice on the server. Without it the server responds with 422 and a Latvian message.
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label={`resources.handover-acts.documents.${kind}.${format}`} onClick={handleClick} disabled={busy}>
      <DownloadIcon />
    </Button>
  );
};

/** Renders download buttons for the handover act (and, once returned, the return act) as DOCX and PDF. */
export const DocumentButtons = () => {
  const act = useRecordContext<HandoverActRecord>();
  const { canAccess } = useCanAccess({ resource: 'handover-acts', action: 'document', record: act });
  if (!act || !canAccess) {
    return null;
  }
  const kinds = (['handover-act', 'return-act'] as const).filter((kind) => DOCUMENT_STATUSES[kind].includes(act.status));
  return (
    <>
      {kinds.map((kind) => (
        <span key={kind}>
          <DocumentButton act={act} kind={kind} format="docx" />
          <DocumentButton act={act} kind={kind} format="pdf" />
        </span>
      ))}
    </>
  );
};
