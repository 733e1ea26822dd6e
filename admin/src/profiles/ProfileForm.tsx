import type { ReactElement } from 'react';
import { Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  Labeled,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  required,
  useRecordContext,
} from 'react-admin';
import { useSession } from '../auth/useSession';
import { FormSection } from '../common/FormSection';
import type { ProfileRecord, UserRecord } from '../types';
import { ProfileObjectInput } from './ProfileObjectInput';
import { ROLE_CHOICES, levelChoicesBelow } from './roleChoices';
import { validateRoles } from './validateRoles';

/** A person chosen before the form opened (just registered, or opened from their page). */
export interface ChosenPerson {
  id: number;
  firstName: string;
  lastName: string;
  /** True when the registration found the person already registered. */
  existing?: boolean;
}

const personName = (user: UserRecord) => `${user.firstName} ${user.lastName}`;

/**
 * Renders the person of the profile: fixed on edit (the server never moves a profile to another
 * person) and when chosen before the form opened, otherwise a search among the persons who hold
 * a profile in the administrator's scope.
 */
const PersonInput = ({ person }: { person?: ChosenPerson }) => {
  const record = useRecordContext<ProfileRecord>();
  if (record?.id !== undefined || person) {
    const name = person ? `${person.firstName} ${person.lastName}` : `${record?.userFirstName ?? ''} ${record?.userLastName ?? ''}`;
    return (
      <Labeled label="resources.profiles.fields.userId">
        <Typography variant="body1" data-testid="profile-person">
          {name}
        </Typography>
      </Labeled>
    );
  }
  return (
    <ReferenceInput source="userId" reference="users" sort={{ field: 'lastName', order: 'ASC' }}>
      <AutocompleteInput optionText={personName} validate={required()} filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
  );
};

interface ProfileFormProps {
  person?: ChosenPerson;
  defaultValues?: Record<string, unknown>;
  toolbar?: ReactElement;
}

/**
 * Renders the create and edit form of a profile. It validates on every change, so choosing the
 * administrator role together with a daily role shows the reason at once and blocks saving.
 */
export const ProfileForm = ({ person, defaultValues, toolbar }: ProfileFormProps) => {
  const { activeProfile } = useSession();
  return (
    <SimpleForm mode="onChange" defaultValues={defaultValues} toolbar={toolbar} noValidate>
      <FormSection title="resources.profiles.sections.person">
        <PersonInput person={person} />
        <TextInput source="jobTitle" />
        <TextInput source="email" type="email" validate={email()} />
        <TextInput source="phone" />
      </FormSection>
      <FormSection title="resources.profiles.sections.rights">
        <SelectInput source="level" choices={levelChoicesBelow(activeProfile?.level)} validate={required()} />
        <ProfileObjectInput />
        <DateInput source="validUntil" helperText="resources.profiles.help.valid_until" />
        <BooleanInput source="blocked" />
      </FormSection>
      <CheckboxGroupInput source="roles" choices={ROLE_CHOICES} validate={validateRoles} row={false} />
      <FormSection title="resources.profiles.sections.basis">
        <TextInput source="basisDocumentNumber" helperText="resources.profiles.help.basis_document" />
        <DateInput source="basisDocumentDate" />
      </FormSection>
    </SimpleForm>
  );
};
