import FactCheckIcon from '@mui/icons-material/FactCheck';
import { DateInput, TextInput } from 'react-admin';
import { toIsoDate } from '../common/dates';
import { ActActionButton } from './ActActionButton';

/** Prepares a draft act for issue, confirming the return deadline and the device's condition. */
export const PrepareButton = () => (
  <ActActionButton
    action="prepare"
    icon={<FactCheckIcon />}
    defaultValues={(act) => ({ returnDeadline: act.returnDeadline, conditionAtIssue: act.conditionAtIssue })}
    toBody={(values) => ({ returnDeadline: toIsoDate(values.returnDeadline), conditionAtIssue: values.conditionAtIssue || null })}
  >
    <DateInput source="returnDeadline" label="resources.handover-acts.fields.returnDeadline" />
    <TextInput source="conditionAtIssue" label="resources.handover-acts.fields.conditionAtIssue" multiline fullWidth />
  </ActActionButton>
);
