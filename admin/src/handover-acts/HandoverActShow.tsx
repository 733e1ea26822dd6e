import { Box } from '@mui/material';
import { Link, Show, TextField, TopToolbar, useCanAccess, useCreatePath, useRecordContext } from 'react-admin';
import { CodeField } from '../codeLists/CodeField';
import { DateText } from '../common/DateText';
import { PersonName } from '../common/PersonName';
import { Section } from '../common/Section';
import { TranslatedField } from '../common/TranslatedField';
import type { HandoverActRecord } from '../types';
import { CancelButton } from './CancelButton';
import { DocumentButtons } from './DocumentButtons';
import { IssueButton } from './IssueButton';
import { LossButton } from './LossButton';
import { PrepareButton } from './PrepareButton';
import { ReturnButton } from './ReturnButton';

const ShowActions = () => (
  <TopToolbar>
    <PrepareButton />
    <IssueButton />
    <ReturnButton />
    <LossButton />
    <CancelButton />
    <DocumentButtons />
  </TopToolbar>
);

const ActTitle = () => <>{useRecordContext<HandoverActRecord>()?.number}</>;

/** Links to another record of the act, or shows plain text where the profile may not open it. Section reads `label`. */
const RecordLink = ({ resource, idSource, textSource }: { resource: string; idSource: string; textSource: string; label?: string }) => {
  const record = useRecordContext<Record<string, unknown>>();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource, action: 'show' });
  const id = record?.[idSource];
  if (typeof id !== 'number') {
    return null;
  }
  if (!canAccess) {
    return <>{String(record?.[textSource] ?? id)}</>;
  }
  return <Link to={createPath({ resource, id, type: 'show' })}>{String(record?.[textSource] ?? id)}</Link>;
};

export const HandoverActShow = () => (
  <Show actions={<ShowActions />} title={<ActTitle />}>
    <Box sx={{ p: 2 }}>
      <Section title="resources.handover-acts.sections.act">
        <TextField source="number" />
        <CodeField source="status" list="handover_status" />
        <TextField source="institutionName" />
        <RecordLink
          resource="applications"
          idSource="applicationId"
          textSource="applicationNumber"
          label="resources.handover-acts.fields.applicationNumber"
        />
        <PersonName prefix="user" label="resources.handover-acts.fields.userName" />
        <DateText source="createdAt" showTime />
      </Section>
      <Section title="resources.handover-acts.sections.resource">
        <RecordLink
          resource="resources"
          idSource="resourceId"
          textSource="resourceNumber"
          label="resources.handover-acts.fields.resourceNumber"
        />
        <TextField source="resourceManufacturer" />
        <TextField source="resourceModel" />
        <TextField source="resourceSerialNumber" />
        <TextField source="conditionAtIssue" emptyText="—" />
        <DateText source="returnDeadline" />
      </Section>
      <Section title="resources.handover-acts.sections.issue">
        <DateText source="preparedAt" showTime />
        <DateText source="issuedOn" />
        <TranslatedField source="receivedBy" prefix="resources.handover-acts.received_by" />
        <TextField source="recipientName" emptyText="—" />
      </Section>
      <Section title="resources.handover-acts.sections.closing">
        <DateText source="returnedOn" />
        <CodeField source="returnCondition" list="return_condition" />
        <TextField source="returnNotes" emptyText="—" />
        <TextField source="circumstances" emptyText="—" />
        <TextField source="cancelReason" emptyText="—" />
      </Section>
    </Box>
  </Show>
);
