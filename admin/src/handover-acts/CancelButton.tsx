import CancelIcon from '@mui/icons-material/Cancel';
import { RadioButtonGroupInput, TextInput, minLength, required } from 'react-admin';
import { ActActionButton } from './ActActionButton';

const OUTCOMES = [
  { id: 'back_to_review', name: 'resources.handover-acts.cancel.outcome.back_to_review' },
  { id: 'withdrawn', name: 'resources.handover-acts.cancel.outcome.withdrawn' },
];

/**
 * Cancels a draft or prepared act: the resource becomes available again, and the application
 * either goes back to the reviewer or is withdrawn.
 */
export const CancelButton = () => (
  <ActActionButton
    action="cancel"
    icon={<CancelIcon />}
    defaultValues={() => ({ applicationOutcome: 'back_to_review' })}
    toBody={(values) => ({ reason: values.reason, applicationOutcome: values.applicationOutcome })}
  >
    <TextInput
      source="reason"
      label="resources.handover-acts.fields.cancelReason"
      validate={[required(), minLength(3)]}
      multiline
      fullWidth
    />
    <RadioButtonGroupInput
      source="applicationOutcome"
      label="resources.handover-acts.cancel.outcome_label"
      choices={OUTCOMES}
      validate={required()}
    />
  </ActActionButton>
);
