import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** Shows "First Last" from the record's <prefix>FirstName and <prefix>LastName fields. */
export const PersonName = ({ prefix }: { prefix: 'user' | 'applicant'; label?: string }) => {
  const record = useRecordContext<Record<string, unknown>>();
  const name = [record?.[`${prefix}FirstName`], record?.[`${prefix}LastName`]].filter(Boolean).join(' ');
  return (
    <Typography component="span" variant="body2">
      {name}
    </Typography>
  );
};
