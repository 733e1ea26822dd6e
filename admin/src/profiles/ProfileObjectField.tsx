import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ProfileRecord } from '../types';

/** Shows the object of the record's profile: its institution, its supervisor, or the ministry for the state level. */
export const ProfileObjectField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<ProfileRecord>();
  if (!record) {
    return null;
  }
  return (
    <Typography component="span" variant="body2">
      {record.institutionName ?? record.supervisorName ?? translate('rumis.profile.state_object')}
    </Typography>
  );
};
