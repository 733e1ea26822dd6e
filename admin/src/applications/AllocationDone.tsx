import { Alert, DialogActions, DialogContent, Typography } from '@mui/material';
import { Button, Link, useCreatePath, useTranslate } from 'react-admin';
import type { AllocationResult } from '../api/dataProvider';

/** Shows the handover act an allocation created, with a link to it, in place of the allocation form. */
export const AllocationDone = ({ result, onClose }: { result: AllocationResult; onClose: () => void }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <>
      <DialogContent>
        <Alert severity="success" data-testid="allocation-result">
          {translate('resources.applications.allocate.done', { number: result.actNumber })}
        </Alert>
        <Typography sx={{ mt: 2 }}>
          <Link to={createPath({ resource: 'handover-acts', id: result.actId, type: 'show' })}>
            {translate('resources.applications.allocate.open_act', { number: result.actNumber })}
          </Link>
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={onClose} />
      </DialogActions>
    </>
  );
};
