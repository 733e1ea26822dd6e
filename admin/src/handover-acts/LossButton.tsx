import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { RadioButtonGroupInput, TextInput, minLength, required } from 'react-admin';
import { useCodeList } from '../codeLists/useCodeList';
import { ActActionButton } from './ActActionButton';

const LOSS_KINDS = ['lost', 'stolen'];

/** Reports an issued device lost or stolen, with the circumstances. */
export const LossButton = () => {
  const kinds = useCodeList('handover_status', LOSS_KINDS);
  return (
    <ActActionButton
      action="loss"
      icon={<ReportProblemIcon />}
      toBody={(values) => ({ kind: values.kind, circumstances: values.circumstances })}
    >
      <RadioButtonGroupInput source="kind" label="resources.handover-acts.loss.kind" choices={kinds.choices} validate={required()} />
      <TextInput
        source="circumstances"
        label="resources.handover-acts.fields.circumstances"
        validate={[required(), minLength(3)]}
        multiline
        fullWidth
      />
    </ActActionButton>
  );
};
