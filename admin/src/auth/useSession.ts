import { useGetIdentity } from 'react-admin';
import { activeProfileOf, type Session, type SessionProfile } from '../api/session';
import type { RumisIdentity } from './authProvider';

function isRumisIdentity(identity: unknown): identity is RumisIdentity {
  return typeof identity === 'object' && identity !== null && 'session' in identity;
}

export interface SessionState {
  session?: Session;
  activeProfile?: SessionProfile;
  isPending: boolean;
  /** True while the session is being reloaded, for example right after a profile switch. */
  isFetching: boolean;
}

/** Returns the session of the logged-in user (from authProvider.getIdentity) and its active profile. */
export function useSession(): SessionState {
  const { identity, isPending, isFetching } = useGetIdentity();
  const session = isRumisIdentity(identity) ? identity.session : undefined;
  return { session, activeProfile: activeProfileOf(session), isPending, isFetching };
}
