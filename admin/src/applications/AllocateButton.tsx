import { useState } from 'react';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { Button } from 'react-admin';
import { useActionAllowed } from '../common/useActionAllowed';
import { AllocateDialog } from './AllocateDialog';
import { OPEN_STATUSES } from './applicationStatuses';

/** Approves the application by allocating one of the institution's available resources. */
export const AllocateButton = () => {
  const allowed = useActionAllowed('applications', 'allocate', OPEN_STATUSES);
  const [open, setOpen] = useState(false);
  return (
    <>
      {allowed && (
        <Button label="resources.applications.actions.allocate" onClick={() => setOpen(true)} variant="contained">
          <AssignmentTurnedInIcon />
        </Button>
      )}
      {/* The dialog outlives the button: after allocation it shows the new act's number. */}
      {open && <AllocateDialog onClose={() => setOpen(false)} />}
    </>
  );
};
