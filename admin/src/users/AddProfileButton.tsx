import AddIcon from '@mui/icons-material/Add';
import { Button, useCanAccess, useCreatePath, useRecordContext } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { ProfileCreateState } from '../profiles/ProfileCreate';
import type { UserRecord } from '../types';

/** Opens the profile form for the person on the page. */
export const AddProfileButton = () => {
  const record = useRecordContext<UserRecord>();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const { canAccess } = useCanAccess({ resource: 'profiles', action: 'create' });
  if (!record || !canAccess) {
    return null;
  }
  const state: ProfileCreateState = {
    record: { userId: record.id },
    person: { id: record.id, firstName: record.firstName, lastName: record.lastName },
  };
  return (
    <Button label="resources.users.actions.add_profile" onClick={() => navigate(createPath({ resource: 'profiles', type: 'create' }), { state })}>
      <AddIcon />
    </Button>
  );
};
