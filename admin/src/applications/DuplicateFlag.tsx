import { Tooltip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationRecord } from '../types';

/** Shows a warning icon when the same person has an active application for the subtype at another institution. */
export const DuplicateFlag = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<ApplicationRecord>();
  if (!record?.duplicateElsewhere) {
    return null;
  }
  const title = translate('resources.applications.duplicate_elsewhere');
  return (
    <Tooltip title={title}>
      <WarningAmberIcon color="warning" fontSize="small" aria-label={title} data-testid="duplicate-flag" />
    </Tooltip>
  );
};
