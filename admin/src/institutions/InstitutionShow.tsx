import { Box } from '@mui/material';
import { BooleanField, EmailField, Show, TextField, useRecordContext } from 'react-admin';
import { CodeField } from '../codeLists/CodeField';
import { Section } from '../common/Section';

const InstitutionTitle = () => <>{useRecordContext<{ id: number; name: string }>()?.name}</>;

export const InstitutionShow = () => (
  <Show title={<InstitutionTitle />} actions={false}>
    <Box sx={{ p: 2 }}>
      <Section title="resources.institutions.sections.institution">
        <TextField source="registrationNumber" />
        <TextField source="name" />
        <TextField source="address" />
        <TextField source="town" />
        <TextField source="supervisorName" />
        <EmailField source="email" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <CodeField source="status" list="institution_status" />
        <BooleanField source="acceptsApplications" />
      </Section>
    </Box>
  </Show>
);
