import { Create } from 'react-admin';
import { useSession } from '../auth/useSession';
import { useSubtypes } from '../codeLists/useSubtypes';
import { ResourceForm } from './ResourceForm';
import { toResourceBody } from './resourceBody';

export const ResourceCreate = () => {
  const { subtypes } = useSubtypes();
  const { activeProfile } = useSession();
  const withInstitution = activeProfile !== undefined && activeProfile.level !== 'institution';
  return (
    <Create redirect="show" transform={(values: Record<string, unknown>) => toResourceBody(values, subtypes, { withInstitution })}>
      <ResourceForm />
    </Create>
  );
};
