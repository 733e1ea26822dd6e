import HandshakeIcon from '@mui/icons-material/Handshake';
import { DateInput, SelectInput, TextInput, required } from 'react-admin';
import { todayIso, toIsoDate } from '../common/dates';
import { ActActionButton } from './ActActionButton';

const RECEIVED_BY = [
  { id: 'in_person', name: 'resources.handover-acts.received_by.in_person' },
  { id: 'eservice', name: 'resources.handover-acts.received_by.eservice' },
];

/**
 * Records the handover: who received the device, how, and on which date. The recipient starts as
 * the applicant and the date as today; both can be changed.
 */
export const IssueButton = () => (
  <ActActionButton
    action="issue"
    icon={<HandshakeIcon />}
    defaultValues={(act) => ({
      issuedOn: todayIso(),
      receivedBy: 'in_person',
      recipientName: [act.applicantFirstName, act.applicantLastName].filter(Boolean).join(' '),
    })}
    toBody={(values) => ({ recipientName: values.recipientName, issuedOn: toIsoDate(values.issuedOn), receivedBy: values.receivedBy })}
  >
    <TextInput source="recipientName" label="resources.handover-acts.fields.recipientName" validate={required()} fullWidth />
    <DateInput source="issuedOn" label="resources.handover-acts.fields.issuedOn" validate={required()} />
    <SelectInput source="receivedBy" label="resources.handover-acts.fields.receivedBy" choices={RECEIVED_BY} validate={required()} />
  </ActActionButton>
);
