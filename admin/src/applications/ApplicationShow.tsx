import { Box } from '@mui/material';
import { BooleanField, NumberField, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { CodeField } from '../codeLists/CodeField';
import { SubtypeField } from '../codeLists/SubtypeField';
import { DateText } from '../common/DateText';
import { Section } from '../common/Section';
import { StatusHistory } from '../common/StatusHistory';
import type { ApplicationRecord } from '../types';
import { AllocateButton } from './AllocateButton';
import { ApplicationActs } from './ApplicationActs';
import { DaysLeftField } from './DaysLeftField';
import { DeclineButton } from './DeclineButton';
import { DuplicateWarning } from './DuplicateWarning';
import { PostponeButton } from './PostponeButton';
import { SocialStatusesField } from './SocialStatusesField';
import { TranslatedField } from '../common/TranslatedField';

const ShowActions = () => (
  <TopToolbar>
    <AllocateButton />
    <PostponeButton />
    <DeclineButton />
  </TopToolbar>
);

const ApplicationTitle = () => <>{useRecordContext<ApplicationRecord>()?.number}</>;

export const ApplicationShow = () => (
  <Show actions={<ShowActions />} title={<ApplicationTitle />}>
    <Box sx={{ p: 2 }}>
      <DuplicateWarning />
      <Section title="resources.applications.sections.application">
        <TextField source="number" />
        <DateText source="submittedAt" showTime />
        <TranslatedField source="source" prefix="resources.applications.source" />
        <TextField source="institutionName" />
        <SubtypeField source="subtypeId" />
        <CodeField source="status" list="application_status" />
        <DateText source="decisionDue" />
        <DaysLeftField source="daysLeft" />
        <BooleanField source="duplicateElsewhere" />
        <TextField source="decisionReason" emptyText="—" />
        <DateText source="decidedAt" showTime />
      </Section>
      <Section title="resources.applications.sections.applicant">
        <TextField source="applicantFirstName" />
        <TextField source="applicantLastName" />
        <TextField source="applicantPersonalCode" />
        <CodeField source="applicantRole" list="applicant_role" />
        <TextField source="applicantEmail" emptyText="—" />
        <TextField source="applicantPhone" emptyText="—" />
      </Section>
      <Section title="resources.applications.sections.resource_user">
        <TextField source="userFirstName" />
        <TextField source="userLastName" />
        <TextField source="userPersonalCode" />
        <TranslatedField source="userKind" prefix="resources.applications.user_kind" />
        <NumberField source="grade" emptyText="—" />
        <TextField source="classLetter" emptyText="—" />
        <TextField source="programme" emptyText="—" />
      </Section>
      <Section title="resources.applications.sections.social_support">
        <BooleanField source="socialSupport" />
        <SocialStatusesField source="socialStatuses" />
      </Section>
      <Section title="resources.applications.sections.basis">
        <TextField source="basisDocumentNumber" emptyText="—" />
        <DateText source="basisDocumentDate" />
        <TextField source="notes" emptyText="—" />
      </Section>
      <ApplicationActs />
      <StatusHistory list="application_status" />
    </Box>
  </Show>
);
