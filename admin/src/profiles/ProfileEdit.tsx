import { Edit, SaveButton, Toolbar, useNotify, useRecordContext, useRedirect } from 'react-admin';
import type { ProfileRecord } from '../types';
import { EndProfileButton } from './EndProfileButton';
import { ProfileForm } from './ProfileForm';
import { toProfileBody } from './profileBody';

const ProfileTitle = () => {
  const record = useRecordContext<ProfileRecord>();
  return <>{record ? `${record.userFirstName} ${record.userLastName}` : ''}</>;
};

const ProfileToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <EndProfileButton />
  </Toolbar>
);

/**
 * Edits a profile and saves pessimistically, so a rejected change (such as OWN_PROFILE) stays in
 * the form. The notification reports how many sessions the change ended: a change of roles, level,
 * object, validity or the blocked flag ends every session that acts as the profile.
 */
export const ProfileEdit = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = (data: ProfileRecord & { sessionsEnded?: number }) => {
    const sessionsEnded = data.sessionsEnded ?? 0;
    notify(sessionsEnded > 0 ? 'resources.profiles.notifications.saved_sessions_ended' : 'resources.profiles.notifications.saved', {
      type: 'success',
      messageArgs: { smart_count: sessionsEnded },
    });
    redirect(() => `/users/${data.userId}/show`);
  };
  return (
    <Edit
      title={<ProfileTitle />}
      mutationMode="pessimistic"
      mutationOptions={{ onSuccess }}
      transform={(values: Record<string, unknown>) => toProfileBody(values)}
    >
      <ProfileForm toolbar={<ProfileToolbar />} />
    </Edit>
  );
};
