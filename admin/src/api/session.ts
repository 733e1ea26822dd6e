import { HttpError } from 'react-admin';
import type { AccessLevel } from '@rumis/access';
import { httpClient, postJson } from './http';
import { parseJsonArray } from './jsonFields';

/** One of a user's profiles as the session API returns it. */
export interface SessionProfile {
  id: number;
  level: AccessLevel;
  supervisorId: number | null;
  supervisorName: string | null;
  institutionId: number | null;
  institutionName: string | null;
  roles: string[];
  validUntil: string | null;
  blocked: boolean;
  jobTitle: string | null;
  /** False when the profile is blocked or its valid-until date has passed. */
  usable: boolean;
}

export interface SessionUser {
  id: number;
  firstName: string;
  lastName: string;
}

export interface Session {
  user: SessionUser;
  profiles: SessionProfile[];
  activeProfileId: number | null;
}

/** A person offered on the development login page. */
export interface DevPerson extends SessionUser {
  profiles: SessionProfile[];
}

const SESSION_URL = '/api/session';

/**
 * Path that starts a latvija.lv (OpenID Connect) login. The browser navigates here as a whole
 * page: the server redirects to the identity provider, whose callback returns to /panel/ with a
 * session or shows a page that explains why the login was rejected.
 */
export const OIDC_LOGIN_URL = `${SESSION_URL}/oidc/login`;

function normalizeProfile(profile: SessionProfile): SessionProfile {
  return { ...profile, roles: parseJsonArray(profile.roles) };
}

export function activeProfileOf(session: Session | null | undefined): SessionProfile | undefined {
  return session?.profiles.find((profile) => profile.id === session.activeProfileId);
}

/** Returns the current session, or null when no user is logged in (401). */
export async function fetchSession(): Promise<Session | null> {
  try {
    const { json } = await httpClient(SESSION_URL);
    const session = json as Session;
    return { ...session, profiles: session.profiles.map(normalizeProfile) };
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) {
      return null;
    }
    throw error;
  }
}

/**
 * Lists the demo persons, or returns null where the development login is off (the server
 * responds with 404 DEV_LOGIN_DISABLED there).
 */
export async function fetchDevPersons(): Promise<DevPerson[] | null> {
  try {
    const { json } = await httpClient(`${SESSION_URL}/dev-persons`);
    return (json as DevPerson[]).map((person) => ({ ...person, profiles: person.profiles.map(normalizeProfile) }));
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) {
      return null;
    }
    throw error;
  }
}

export function devLogin(userId: number): Promise<{ activeProfileId: number | null }> {
  return postJson(`${SESSION_URL}/dev-login`, { userId });
}

export function selectProfile(profileId: number): Promise<{ activeProfileId: number }> {
  return postJson(`${SESSION_URL}/profile`, { profileId });
}

export async function endSession(): Promise<void> {
  await postJson(`${SESSION_URL}/logout`, {});
}
