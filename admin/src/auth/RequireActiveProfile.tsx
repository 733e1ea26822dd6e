import type { ReactNode } from 'react';
import { Navigate } from 'react-admin';
import { PROFILE_CHOOSER_PATH } from './authProvider';
import { useSession } from './useSession';

/** Sends a logged-in user without an active profile to the profile chooser before any view loads. */
export const RequireActiveProfile = ({ children }: { children: ReactNode }) => {
  const { session, isFetching } = useSession();
  // A session being reloaded may be the stale one from before a profile switch.
  if (!isFetching && session && session.activeProfileId === null) {
    return <Navigate to={PROFILE_CHOOSER_PATH} replace />;
  }
  return <>{children}</>;
};
