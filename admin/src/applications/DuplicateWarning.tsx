import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationRecord } from '../types';

/** Shows a warning above the application when the person has an active application for the subtype elsewhere. */
export const DuplicateWarning = () => {
  const translate = useTranslate();
  const record = useRecordContext<ApplicationRecord>();
  if (!record?.duplicateElsewhere) {
    return null;
  }
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="duplicate-warning">
      {translate('resources.applications.duplicate_elsewhere')}
    </Alert>
  );
};
