import { useState } from 'react';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import { Button, useCanAccess, useDataProvider, useRecordContext } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import { ActionDialog } from '../common/ActionDialog';
import { todayIso } from '../common/dates';
import type { ResourceRecord } from '../types';
import { LOCKED_STATUSES } from './resourceStatuses';
import { WriteOffInputs, toWriteOffInput } from './WriteOffInputs';

/**
 * Writes the resource off with a date and a reason. Reserved, issued and written-off resources
 * cannot be written off, so the button is hidden for them (the server rejects them too).
 */
export const WriteOffButton = () => {
  const record = useRecordContext<ResourceRecord>();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'resources', action: 'write-off', record });
  const [open, setOpen] = useState(false);
  if (!record || !canAccess || LOCKED_STATUSES.includes(record.status)) {
    return null;
  }
  return (
    <>
      <Button label="resources.resources.actions.write_off" onClick={() => setOpen(true)} color="error">
        <DeleteSweepIcon />
      </Button>
      {open && (
        <ActionDialog
          open
          onClose={() => setOpen(false)}
          title="resources.resources.write_off.title"
          submitLabel="resources.resources.actions.write_off"
          successMessage="resources.resources.write_off.done"
          successMessageArgs={{ smart_count: 1 }}
          defaultValues={{ date: todayIso() }}
          onSubmit={(values) => dataProvider.writeOffResource(record.id, toWriteOffInput(values))}
        >
          <WriteOffInputs />
        </ActionDialog>
      )}
    </>
  );
};
