import type { AuthProvider, UserIdentity } from 'react-admin';
import { HttpError } from 'react-admin';
import { errorCodeOf } from '../api/http';
import { activeProfileOf, devLogin, endSession, fetchSession, selectProfile, type Session } from '../api/session';
import { rolesCanAccess } from './permissions';

export const PROFILE_CHOOSER_PATH = '/choose-profile';

/** The identity react-admin keeps for the logged-in user, with the whole session beside it. */
export interface RumisIdentity extends UserIdentity {
  session: Session;
}

/**
 * The last session read from the server. canAccess and getPermissions read it, so that a button
 * check costs no request. checkAuth, login and profile switches refresh it.
 */
let current: Promise<Session | null> | null = null;

function refreshSession(): Promise<Session | null> {
  current = fetchSession();
  return current;
}

function cachedSession(): Promise<Session | null> {
  return current ?? refreshSession();
}

/** Makes another of the user's profiles the active one. The caller then reloads all data. */
export async function switchProfile(profileId: number): Promise<void> {
  await selectProfile(profileId);
  await refreshSession();
}

export const authProvider: AuthProvider = {
  /** Logs in through the development login as params.userId, one of the demo persons. */
  async login(params: { userId: number }) {
    const { activeProfileId } = await devLogin(params.userId);
    await refreshSession();
    // With several usable profiles (or none) the user has to choose before working.
    return activeProfileId === null ? { redirectTo: PROFILE_CHOOSER_PATH } : undefined;
  },

  async logout() {
    try {
      await endSession();
    } catch (error) {
      // An expired session cannot be ended twice, so a 401 is expected. Other failures go to the console.
      if (!(error instanceof HttpError && error.status === 401)) {
        console.error('Logout request failed', error);
      }
    }
    current = Promise.resolve(null);
  },

  async checkAuth() {
    const session = await refreshSession();
    if (!session) {
      throw new Error('ra.auth.auth_check_error');
    }
  },

  /**
   * Ends the panel session on 401. On 403 PROFILE_REQUIRED it keeps the user logged in and sends
   * them to the profile chooser. Other 403s (a missing role) are shown as ordinary errors.
   */
  async checkError(error: unknown) {
    if (error instanceof HttpError && error.status === 401) {
      current = Promise.resolve(null);
      throw error;
    }
    if (errorCodeOf(error) === 'PROFILE_REQUIRED') {
      throw { logoutUser: false, redirectTo: PROFILE_CHOOSER_PATH, message: false };
    }
  },

  async getIdentity(): Promise<RumisIdentity> {
    const session = await refreshSession();
    if (!session) {
      throw new Error('ra.auth.auth_check_error');
    }
    const { user } = session;
    return { id: user.id, fullName: `${user.firstName} ${user.lastName}`, session };
  },

  async getPermissions() {
    return activeProfileOf(await cachedSession())?.roles ?? [];
  },

  async canAccess({ resource, action }) {
    const roles = activeProfileOf(await cachedSession())?.roles ?? [];
    return rolesCanAccess(roles, resource, action);
  },
};
