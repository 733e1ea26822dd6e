import { Box } from '@mui/material';
import { BooleanField, EditButton, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { CodeField } from '../codeLists/CodeField';
import { SubtypeField } from '../codeLists/SubtypeField';
import { DateText } from '../common/DateText';
import { LocaleNumberField } from '../common/LocaleNumberField';
import { Section } from '../common/Section';
import type { ResourceRecord } from '../types';
import { ParametersField } from './ParametersField';
import { StatusHistory } from '../common/StatusHistory';
import { CopyButton } from './CopyButton';
import { WriteOffButton } from './WriteOffButton';

const ShowActions = () => {
  const record = useRecordContext<ResourceRecord>();
  // Written-off resources are closed records. Reserved and issued ones can still be edited.
  return (
    <TopToolbar>
      <CopyButton />
      <WriteOffButton />
      {record && record.status !== 'written_off' && <EditButton />}
    </TopToolbar>
  );
};

const ResourceTitle = () => <>{useRecordContext<ResourceRecord>()?.number}</>;

export const ResourceShow = () => (
  <Show actions={<ShowActions />} title={<ResourceTitle />}>
    <Box sx={{ p: 2 }}>
      <Section title="resources.resources.sections.identity">
        <TextField source="number" />
        <TextField source="institutionName" />
        <SubtypeField source="subtypeId" />
        <TextField source="manufacturer" />
        <TextField source="model" />
        <TextField source="serialNumber" />
        <TextField source="inventoryNumber" />
        <LocaleNumberField source="manufactureYear" options={{ useGrouping: false }} emptyText="—" />
        <TextField source="ownName" emptyText="—" />
        <TextField source="resourceGroup" emptyText="—" />
      </Section>
      <Section title="resources.resources.sections.acquisition">
        <CodeField source="acquisitionType" list="acquisition_type" />
        <CodeField source="fundingProgramme" list="funding_programme" />
        <DateText source="acquisitionDate" />
        <LocaleNumberField source="valueEur" options={{ style: 'currency', currency: 'EUR' }} emptyText="—" />
      </Section>
      <Section title="resources.resources.sections.use">
        <CodeField source="usagePurpose" list="usage_purpose" />
        <CodeField source="targetGroup" list="target_group" />
        <BooleanField source="socialSupport" />
        <CodeField source="location" list="resource_location" />
        <CodeField source="status" list="resource_status" />
        <DateText source="statusConfirmedAt" showTime />
        <DateText source="writtenOffOn" />
        <TextField source="writeOffReason" emptyText="—" />
        <TextField source="notes" emptyText="—" />
      </Section>
      <ParametersField />
      <StatusHistory list="resource_status" showUser />
    </Box>
  </Show>
);
