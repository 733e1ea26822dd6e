import { BooleanInput, Edit, SimpleForm, TextInput, required, useRecordContext } from 'react-admin';
import type { UserRecord } from '../types';

const UserTitle = () => {
  const record = useRecordContext<UserRecord>();
  return <>{record ? `${record.firstName} ${record.lastName}` : ''}</>;
};

const toUserUpdate = (values: Record<string, unknown>) => ({
  firstName: String(values.firstName ?? '').trim(),
  lastName: String(values.lastName ?? '').trim(),
  blocked: values.blocked === true,
});

/**
 * Renames or blocks a person, saving pessimistically so that a rejection stays in the form. The
 * server refuses to block oneself (OWN_USER) or a person with profiles outside the
 * administrator's scope (USER_HAS_OTHER_PROFILES).
 */
export const UserEdit = () => (
  <Edit title={<UserTitle />} mutationMode="pessimistic" redirect="show" transform={toUserUpdate}>
    <SimpleForm>
      <TextInput source="firstName" validate={required()} />
      <TextInput source="lastName" validate={required()} />
      <BooleanInput source="blocked" helperText="resources.users.help.blocked" />
    </SimpleForm>
  </Edit>
);
