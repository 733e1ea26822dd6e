import KeyboardReturnIcon from '@mui/icons-material/KeyboardReturn';
import { DateInput, SelectInput, TextInput, required } from 'react-admin';
import { useCodeList } from '../codeLists/useCodeList';
import { todayIso, toIsoDate } from '../common/dates';
import { ActActionButton } from './ActActionButton';

/** Resource statuses a returned device can get. The server accepts only these. */
const STATUSES_AFTER_RETURN = ['available', 'damaged', 'maintenance'];

/** Records the device's return: date, condition, notes and the resource's new status. */
export const ReturnButton = () => {
  const conditions = useCodeList('return_condition');
  const statuses = useCodeList('resource_status', STATUSES_AFTER_RETURN);
  return (
    <ActActionButton
      action="return"
      icon={<KeyboardReturnIcon />}
      defaultValues={() => ({ returnedOn: todayIso(), condition: 'working', resourceStatus: 'available' })}
      toBody={(values) => ({
        returnedOn: toIsoDate(values.returnedOn),
        condition: values.condition,
        resourceStatus: values.resourceStatus,
        notes: values.notes || null,
      })}
    >
      <DateInput source="returnedOn" label="resources.handover-acts.fields.returnedOn" validate={required()} />
      <SelectInput
        source="condition"
        label="resources.handover-acts.fields.returnCondition"
        choices={conditions.choices}
        validate={required()}
      />
      <SelectInput
        source="resourceStatus"
        label="resources.handover-acts.return.resource_status"
        choices={statuses.choices}
        validate={required()}
      />
      <TextInput source="notes" label="resources.handover-acts.fields.returnNotes" multiline fullWidth />
    </ActActionButton>
  );
};
