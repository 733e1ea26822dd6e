import { Create } from 'react-admin';
import { useSession } from '../auth/useSession';
import { ApplicationForm } from './ApplicationForm';
import { toApplicationBody } from './applicationBody';

/** Registers an application received on paper or decided by a school commission. */
export const ApplicationCreate = () => {
  const { activeProfile } = useSession();
  const withInstitution = activeProfile !== undefined && activeProfile.level !== 'institution';
  return (
    <Create redirect="show" transform={(values: Record<string, unknown>) => toApplicationBody(values, { withInstitution })}>
      <ApplicationForm withInstitution={withInstitution} />
    </Create>
  );
};
