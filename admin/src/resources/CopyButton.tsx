import { useState } from 'react';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import type { ResourceRecord } from '../types';
import { CopyDialog } from './CopyDialog';

/** Opens the copy dialog for the resource on the page. Written-off resources are not copied. */
export const CopyButton = () => {
  const record = useRecordContext<ResourceRecord>();
  const { canAccess } = useCanAccess({ resource: 'resources', action: 'copy', record });
  const [open, setOpen] = useState(false);
  if (!record || !canAccess || record.status === 'written_off') {
    return null;
  }
  return (
    <>
      <Button label="resources.resources.actions.copy" onClick={() => setOpen(true)}>
        <ContentCopyIcon />
      </Button>
      {open && <CopyDialog resource={record} onClose={() => setOpen(false)} />}
    </>
  );
};
