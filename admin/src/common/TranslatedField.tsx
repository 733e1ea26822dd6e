import { Typography } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';

interface TranslatedFieldProps {
  source: string;
  /** Translation key prefix. The field shows the text of `<prefix>.<value>`. */
  prefix: string;
  label?: string;
}

/** Shows a fixed value that has no code list (such as userKind) through the translation messages. */
export const TranslatedField = ({ source, prefix }: TranslatedFieldProps) => {
  const translate = useTranslate();
  const value = useFieldValue({ source });
  return (
    <Typography component="span" variant="body2">
      {typeof value === 'string' && value !== '' ? translate(`${prefix}.${value}`, { _: value }) : '—'}
    </Typography>
  );
};
