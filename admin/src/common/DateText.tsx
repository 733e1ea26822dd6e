import { Typography } from '@mui/material';
import { useFieldValue } from 'react-admin';
import { formatDate, formatDateTime } from './dates';

interface DateTextProps {
  source: string;
  /** Show hours and minutes as well, for timestamps such as submittedAt. */
  showTime?: boolean;
  /** Read by react-admin's show layouts to label the field. */
  label?: string;
}

/** Shows a date field of the current record as DD.MM.YYYY, or DD.MM.YYYY HH:MM with showTime. */
export const DateText = ({ source, showTime = false }: DateTextProps) => {
  const value = useFieldValue({ source });
  let text = '—';
  if (typeof value === 'string' && value !== '') {
    text = showTime ? formatDateTime(value) : formatDate(value);
  }
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
