import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationRecord } from '../types';

function colorOf(days: number): 'error' | 'warning' | 'default' {
  if (days < 0) {
    return 'error';
  }
  return days <= 2 ? 'warning' : 'default';
}

/** Shows the days left until the decision is due: red when overdue, orange with two days or fewer left. */
export const DaysLeftField = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<ApplicationRecord>();
  if (record?.daysLeft === null || record?.daysLeft === undefined) {
    return null;
  }
  const days = record.daysLeft;
  let title = translate('resources.applications.days_left', { smart_count: days });
  if (days < 0) {
    title = translate('resources.applications.overdue_by', { smart_count: -days });
  }
  return (
    <Chip
      size="small"
      color={colorOf(days)}
      label={days}
      title={title}
      aria-label={title}
      sx={{ width: 'fit-content' }}
      data-testid="days-left"
      data-days-left={days}
    />
  );
};
