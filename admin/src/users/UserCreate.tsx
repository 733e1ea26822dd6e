import { Create, SimpleForm, TextInput, required, useCreatePath, useNotify } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { normalizePersonalCode } from '@rumis/access';
import { validatePersonalCode } from '../common/validatePersonalCode';
import type { ProfileCreateState } from '../profiles/ProfileCreate';

interface UserInput {
  personalCode: string;
  firstName: string;
  lastName: string;
}

const toUserBody = (values: Record<string, unknown>): UserInput => ({
  personalCode: normalizePersonalCode(String(values.personalCode ?? '')),
  firstName: String(values.firstName ?? '').trim(),
  lastName: String(values.lastName ?? '').trim(),
});

/**
 * Registers a person and continues with a profile for them, because a person without a
 * profile cannot log in. Until the person has one, only administrators of the registering scope
 * list them. When the personal code is registered already, the server returns that person
 * (200, existing: true) and changes nothing. The profile form then shows a notice about it.
 */
export const UserCreate = () => {
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();

  const onSuccess = (data: { id: number; existing: boolean }, variables: { data?: Partial<UserInput> }) => {
    const firstName = variables.data?.firstName ?? '';
    const lastName = variables.data?.lastName ?? '';
    const state: ProfileCreateState = {
      record: { userId: data.id },
      person: { id: data.id, firstName, lastName, existing: data.existing },
    };
    notify(data.existing ? 'resources.users.notifications.existing' : 'resources.users.notifications.created', {
      type: data.existing ? 'warning' : 'success',
      messageArgs: { name: `${firstName} ${lastName}` },
    });
    navigate(createPath({ resource: 'profiles', type: 'create' }), { state });
  };

  return (
    <Create transform={toUserBody} mutationOptions={{ onSuccess }}>
      <SimpleForm>
        <TextInput source="personalCode" validate={[required(), validatePersonalCode]} helperText="resources.users.help.personal_code" />
        <TextInput source="firstName" validate={required()} />
        <TextInput source="lastName" validate={required()} />
      </SimpleForm>
    </Create>
  );
};
