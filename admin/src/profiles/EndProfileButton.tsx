import EventBusyIcon from '@mui/icons-material/EventBusy';
import { DeleteWithConfirmButton, useCanAccess, useRecordContext } from 'react-admin';
import type { ProfileRecord } from '../types';

/**
 * Ends a profile after a confirmation (DELETE /profiles/:id). The server keeps the profile on
 * record with yesterday as its valid-until date and ends its sessions. It rejects ending one's
 * own profile (OWN_PROFILE) and a profile outside the scope (404), and the notification shows
 * its message.
 */
export const EndProfileButton = () => {
  const record = useRecordContext<ProfileRecord>();
  const { canAccess } = useCanAccess({ resource: 'profiles', action: 'delete', record });
  if (!record || !canAccess) {
    return null;
  }
  return (
    <DeleteWithConfirmButton
      label="resources.profiles.actions.end"
      icon={<EventBusyIcon />}
      confirmTitle="resources.profiles.end.title"
      confirmContent="resources.profiles.end.content"
      translateOptions={{ name: `${record.userFirstName} ${record.userLastName}` }}
      successMessage="resources.profiles.end.done"
      redirect={() => `/users/${record.userId}/show`}
    />
  );
};
