import { useState } from 'react';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import type { InstitutionRecord } from '../types';
import { useActivationAllowed } from './useActivationAllowed';

/** Deactivates an active school after a confirmation: it stops accepting applications at once. */
export const DeactivateButton = () => {
  const record = useRecordContext<InstitutionRecord>();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const allowed = useActivationAllowed('deactivate');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!allowed || !record || record.status !== 'active') {
    return null;
  }

  const handleConfirm = async () => {
    setBusy(true);
    try {
      await dataProvider.deactivateInstitution(record.id);
      notify('resources.institutions.deactivate.done', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button label="resources.institutions.actions.deactivate" onClick={() => setOpen(true)} color="warning">
        <PauseCircleIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.institutions.deactivate.title"
        content="resources.institutions.deactivate.content"
        translateOptions={{ name: record.name }}
        confirm="resources.institutions.actions.deactivate"
        onConfirm={handleConfirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
