import { Alert } from '@mui/material';
import { Create, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { useSession } from '../auth/useSession';
import { ProfileForm, type ChosenPerson } from './ProfileForm';
import { toProfileBody } from './profileBody';

/** Location state with which the user pages open this form for one person. */
export interface ProfileCreateState {
  record: { userId: number };
  person: ChosenPerson;
}

function personOf(state: unknown): ChosenPerson | undefined {
  return (state as Partial<ProfileCreateState> | null)?.person;
}

/**
 * Gives a person a profile. The new profile starts at the administrator's own level and object,
 * and after saving the person's page opens with all their profiles.
 */
export const ProfileCreate = () => {
  const translate = useTranslate();
  const location = useLocation();
  const person = personOf(location.state);
  const { activeProfile } = useSession();
  const defaultValues = {
    level: activeProfile?.level,
    supervisorId: activeProfile?.supervisorId ?? null,
    institutionId: activeProfile?.institutionId ?? null,
    roles: [],
    blocked: false,
  };
  return (
    <Create
      redirect={(_resource, _id, data) => `users/${String(data?.userId)}/show`}
      transform={(values: Record<string, unknown>) => toProfileBody(values)}
    >
      {person?.existing && (
        <Alert severity="info" sx={{ m: 2, mb: 0 }} data-testid="existing-person">
          {translate('resources.users.notifications.existing', { name: `${person.firstName} ${person.lastName}` })}
        </Alert>
      )}
      <ProfileForm person={person} defaultValues={defaultValues} />
    </Create>
  );
};
