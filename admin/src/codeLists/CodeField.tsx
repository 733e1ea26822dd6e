import { Typography } from '@mui/material';
import { useFieldValue } from 'react-admin';
import { useCodeList } from './useCodeList';

interface CodeFieldProps {
  source: string;
  /** The code list the field's value belongs to, such as resource_status. */
  list: string;
  /** Read by react-admin's show layouts to label the field. */
  label?: string;
}

/** Shows the label of a code-list value of the current record in the chosen language. */
export const CodeField = ({ source, list }: CodeFieldProps) => {
  const value = useFieldValue({ source });
  const { labelOf } = useCodeList(list);
  return (
    <Typography component="span" variant="body2">
      {typeof value === 'string' && value !== '' ? labelOf(value) : '—'}
    </Typography>
  );
};
