import { Box, Typography } from '@mui/material';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import { useSubtypes } from '../codeLists/useSubtypes';
import { useIntlLocale } from '../common/locale';
import { formatNumber } from '../common/numbers';
import type { ResourceRecord } from '../types';

/** Returns a parameter value as text: yes or no, a number in the locale's format, or the text itself. */
function displayValue(value: unknown, translate: (key: string) => string, locale: string): string {
  if (typeof value === 'boolean') {
    return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  }
  if (typeof value === 'number') {
    return formatNumber(value, locale);
  }
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/** Shows the technical parameters of the record's subtype with their values. */
export const ParametersField = () => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const record = useRecordContext<ResourceRecord>();
  const { subtypes } = useSubtypes();
  const subtype = subtypes.find((candidate) => candidate.id === record?.subtypeId);
  if (!record || !subtype) {
    return null;
  }
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resources.resources.sections.parameters')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2 }}>
        {subtype.parameters.map(({ key }) => (
          <Labeled key={key} label={`resources.resources.parameters.${key}`}>
            <Typography variant="body2">{displayValue(record.parameters[key], translate, locale)}</Typography>
          </Labeled>
        ))}
      </Box>
    </Box>
  );
};
