import { DateInput, TextInput, maxLength, minLength, required } from 'react-admin';
import type { WriteOffInput } from '../api/resourceActions';
import type { FormValues } from '../common/ActionDialog';
import { toIsoDate } from '../common/dates';

export function toWriteOffInput(values: FormValues): WriteOffInput {
  return { date: toIsoDate(values.date) ?? '', reason: String(values.reason ?? '').trim() };
}

/** Renders the write-off date (today or earlier, which the server checks) and the reason. */
export const WriteOffInputs = () => (
  <>
    <DateInput source="date" label="resources.resources.write_off.date" validate={required()} />
    <TextInput
      source="reason"
      label="resources.resources.write_off.reason"
      validate={[required(), minLength(3), maxLength(255)]}
      multiline
      fullWidth
    />
  </>
);
