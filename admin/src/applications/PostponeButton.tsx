import { useState } from 'react';
import PauseCircleIcon from '@mui/icons-material/PauseCircleOutline';
import { Button, TextInput, useDataProvider, useRecordContext } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import { ActionDialog } from '../common/ActionDialog';
import { useActionAllowed } from '../common/useActionAllowed';
import { POSTPONABLE_STATUSES } from './applicationStatuses';

/** Postpones the review of a submitted application, with an optional reason. */
export const PostponeButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const allowed = useActionAllowed('applications', 'postpone', POSTPONABLE_STATUSES);
  const [open, setOpen] = useState(false);
  if (!allowed || !record) {
    return null;
  }
  return (
    <>
      <Button label="resources.applications.actions.postpone" onClick={() => setOpen(true)}>
        <PauseCircleIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.applications.postpone.title"
        submitLabel="resources.applications.actions.postpone"
        successMessage="resources.applications.postpone.done"
        onSubmit={(values) => dataProvider.postpone(record.id, { reason: values.reason ? String(values.reason) : null })}
      >
        <TextInput source="reason" label="resources.applications.postpone.reason" multiline fullWidth />
      </ActionDialog>
    </>
  );
};
