import { Box } from '@mui/material';
import { BooleanField, EditButton, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { Section } from '../common/Section';
import type { UserRecord } from '../types';
import { AddProfileButton } from './AddProfileButton';
import { UserProfiles } from './UserProfiles';

const UserTitle = () => {
  const record = useRecordContext<UserRecord>();
  return <>{record ? `${record.firstName} ${record.lastName}` : ''}</>;
};

const ShowActions = () => (
  <TopToolbar>
    <AddProfileButton />
    <EditButton />
  </TopToolbar>
);

/** Shows one person with their personal code (shown nowhere else in the panel) and the profiles the administrator manages. */
export const UserShow = () => (
  <Show title={<UserTitle />} actions={<ShowActions />}>
    <Box sx={{ p: 2 }}>
      <Section title="resources.users.sections.person">
        <TextField source="firstName" />
        <TextField source="lastName" />
        <TextField source="personalCode" />
        <BooleanField source="blocked" />
      </Section>
      <UserProfiles />
    </Box>
  </Show>
);
