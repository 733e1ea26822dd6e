import { useGetList } from 'react-admin';
import { useSession } from '../auth/useSession';

/** All supervisors fit in one page: 43 municipalities and the ministry. */
const SUPERVISORS_PAGE = { page: 1, perPage: 100 };

/**
 * Returns the supervisors the active administrator may give a supervisor-level profile for: its
 * own supervisor at the supervisor level, or any supervisor at the state level.
 */
export function useSupervisorChoices(): Array<{ id: number; name: string }> {
  const { activeProfile } = useSession();
  const isState = activeProfile?.level === 'state';
  const { data = [] } = useGetList<{ id: number; name: string }>('supervisors', { pagination: SUPERVISORS_PAGE, sort: { field: 'name', order: 'ASC' } }, { enabled: isState });
  if (activeProfile?.level === 'municipality' && activeProfile.supervisorId !== null) {
    return [{ id: activeProfile.supervisorId, name: activeProfile.supervisorName ?? String(activeProfile.supervisorId) }];
  }
  return isState ? data.map((supervisor) => ({ id: supervisor.id, name: supervisor.name })) : [];
}
