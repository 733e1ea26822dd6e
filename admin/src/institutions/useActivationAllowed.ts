import { useCanAccess, useRecordContext } from 'react-admin';
import { useSession } from '../auth/useSession';
import type { InstitutionRecord } from '../types';

/**
 * Returns true when the active profile may activate or deactivate the institution in context:
 * an administrator at the supervisor or state level. An institution's own administrator may not,
 * and the server rejects it with LEVEL_ABOVE_OWN.
 */
export function useActivationAllowed(action: 'activate' | 'deactivate'): boolean {
  const record = useRecordContext<InstitutionRecord>();
  const { activeProfile } = useSession();
  const { canAccess } = useCanAccess({ resource: 'institutions', action, record });
  return record !== undefined && canAccess === true && activeProfile !== undefined && activeProfile.level !== 'institution';
}
