import { useCallback } from 'react';
import { useNavigate, useNotify, useRefresh } from 'react-admin';
import { switchProfile } from './authProvider';

/**
 * Returns a function that activates another profile, then marks every cached query (records,
 * permissions, identity) stale so that all views reload as the new profile, starting from the
 * home page.
 */
export function useSwitchProfile(): (profileId: number) => Promise<void> {
  const navigate = useNavigate();
  const notify = useNotify();
  const refresh = useRefresh();
  return useCallback(
    async (profileId: number) => {
      await switchProfile(profileId);
      // Refresh first, so the layout waits for the reloaded session instead of acting on the stale one.
      refresh();
      navigate('/');
      notify('rumis.profile.switched', { type: 'info' });
    },
    [navigate, notify, refresh],
  );
}
