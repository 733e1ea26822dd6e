import { Typography } from '@mui/material';
import { useFieldValue } from 'react-admin';
import { useSubtypes } from './useSubtypes';

/** Shows the resource subtype named by `source` (default subtypeId) in the chosen language. */
export const SubtypeField = ({ source = 'subtypeId' }: { source?: string; label?: string }) => {
  const value = useFieldValue({ source });
  const { labelOf } = useSubtypes();
  return (
    <Typography component="span" variant="body2">
      {labelOf(value)}
    </Typography>
  );
};
