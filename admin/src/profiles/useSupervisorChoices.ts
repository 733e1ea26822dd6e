import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import { useSession } from '../auth/useSession';
import type { InstitutionRecord } from '../types';

/**
 * NOTE: the panel API has no list of supervisors, so a state administrator's choices are the
 * supervisors of the institutions it can list. The server returns at most 500 institutions per
 * page, so a supervisor whose schools all fall after the first 500 (by supervisor name) is missing.
 */
const INSTITUTIONS_PAGE = { page: 1, perPage: 500 };

/**
 * Returns the supervisors the active administrator may give a supervisor-level profile for: its
 * own supervisor at the supervisor level, or any supervisor at the state level.
 */
export function useSupervisorChoices(): Array<{ id: number; name: string }> {
  const { activeProfile } = useSession();
  const isState = activeProfile?.level === 'state';
  const { data = [] } = useGetList<InstitutionRecord>(
    'institutions',
    { pagination: INSTITUTIONS_PAGE, sort: { field: 'supervisorName', order: 'ASC' } },
    { enabled: isState },
  );
  return useMemo(() => {
    if (activeProfile?.level === 'municipality' && activeProfile.supervisorId !== null) {
      return [{ id: activeProfile.supervisorId, name: activeProfile.supervisorName ?? String(activeProfile.supervisorId) }];
    }
    if (!isState) {
      return [];
    }
    const byId = new Map<number, string>();
    for (const institution of data) {
      byId.set(institution.supervisorId, institution.supervisorName);
    }
    return [...byId].map(([id, name]) => ({ id, name }));
  }, [activeProfile, isState, data]);
}
