import { Box } from '@mui/material';
import { BooleanField, EditButton, EmailField, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { CodeField } from '../codeLists/CodeField';
import { Section } from '../common/Section';
import type { InstitutionRecord } from '../types';
import { ActivateButton } from './ActivateButton';
import { ContactsSection } from './ContactsSection';
import { DeactivateButton } from './DeactivateButton';
import { SettingsSection } from './SettingsSection';

const InstitutionTitle = () => <>{useRecordContext<InstitutionRecord>()?.name}</>;

const ShowActions = () => (
  <TopToolbar>
    <ActivateButton />
    <DeactivateButton />
    <EditButton />
  </TopToolbar>
);

export const InstitutionShow = () => (
  <Show title={<InstitutionTitle />} actions={<ShowActions />}>
    <Box sx={{ p: 2 }}>
      <Section title="resources.institutions.sections.institution">
        <TextField source="registrationNumber" />
        <TextField source="name" />
        <TextField source="address" emptyText="—" />
        <TextField source="town" emptyText="—" />
        <TextField source="supervisorName" />
        <EmailField source="email" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <CodeField source="status" list="institution_status" />
        <BooleanField source="acceptsApplications" />
      </Section>
      <ContactsSection />
      <SettingsSection />
    </Box>
  </Show>
);
