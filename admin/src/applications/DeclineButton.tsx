import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import { Button, TextInput, minLength, required, useDataProvider, useRecordContext } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import { ActionDialog } from '../common/ActionDialog';
import { useActionAllowed } from '../common/useActionAllowed';
import { OPEN_STATUSES } from './applicationStatuses';

/** Declines the application with a required reason, which the e-service shows to the applicant. */
export const DeclineButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const allowed = useActionAllowed('applications', 'decline', OPEN_STATUSES);
  const [open, setOpen] = useState(false);
  if (!allowed || !record) {
    return null;
  }
  return (
    <>
      <Button label="resources.applications.actions.decline" onClick={() => setOpen(true)} color="error">
        <BlockIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title="resources.applications.decline.title"
        submitLabel="resources.applications.actions.decline"
        successMessage="resources.applications.decline.done"
        onSubmit={(values) => dataProvider.decline(record.id, { reason: String(values.reason) })}
      >
        <TextInput
          source="reason"
          label="resources.applications.fields.decisionReason"
          validate={[required(), minLength(3)]}
          multiline
          fullWidth
        />
      </ActionDialog>
    </>
  );
};
