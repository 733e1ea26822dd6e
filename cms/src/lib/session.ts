import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { scopeOf, type AccessLevel, type Role, type Scope } from '@rumis/access';
import { isoDate, knexOf, latvianToday, parseJsonColumn } from './db';

export const SESSION_COOKIE = 'rumis_session';

export interface ActiveProfile {
  id: number;
  level: AccessLevel;
  supervisorId: number | null;
  institutionId: number | null;
  roles: Role[];
  scope: Scope;
}

/** The author of a panel request: the logged-in user and, once chosen, the profile they act as. */
export interface Actor {
  userId: number;
  sessionHash: string;
  profile: ActiveProfile | null;
}

interface ProfileRow {
  id: number;
  level: AccessLevel;
  supervisor_id: number | null;
  institution_id: number | null;
  roles: Role[] | string;
  valid_until: string | Date | null;
  blocked: boolean;
}

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Returns whether a profile can act: it is not blocked and its valid-until date (if any) has not passed. */
export function isProfileUsable(row: Pick<ProfileRow, 'blocked' | 'valid_until'>, today = latvianToday()): boolean {
  if (row.blocked) {
    return false;
  }
  return row.valid_until === null || (isoDate(row.valid_until) as string) >= today;
}

export function toActiveProfile(row: ProfileRow): ActiveProfile | null {
  const roles = parseJsonColumn<Role[]>(row.roles, []);
  const profile = { id: row.id, level: row.level, supervisorId: row.supervisor_id, institutionId: row.institution_id, roles };
  const scope = scopeOf(profile);
  return scope ? { ...profile, scope } : null;
}

export async function createSession(strapi: Core.Strapi, userId: number, ttlMinutes: number, profileId: number | null = null): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await knexOf(strapi)('rumis_sessions').insert({
    token_hash: hashToken(token),
    user_id: userId,
    profile_id: profileId,
    expires_at: new Date(Date.now() + ttlMinutes * 60_000),
  });
  return token;
}

export function setSessionCookie(ctx: Context, token: string, ttlMinutes: number, secure: boolean): void {
  ctx.cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: ttlMinutes * 60_000,
    path: '/',
    overwrite: true,
  });
}

export function clearSessionCookie(ctx: Context): void {
  ctx.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', maxAge: 0, path: '/', overwrite: true });
}

/**
 * Loads the actor of a request from its session cookie. Returns null when there is no live
 * session or the user is blocked. A chosen profile that is no longer usable yields an actor
 * without a profile.
 */
export async function loadActor(strapi: Core.Strapi, ctx: Context): Promise<Actor | null> {
  const token = ctx.cookies.get(SESSION_COOKIE);
  if (!token) {
    return null;
  }
  const knex = knexOf(strapi);
  const sessionHash = hashToken(token);
  const session = await knex('rumis_sessions as s')
    .join('up_users as u', 'u.id', 's.user_id')
    .leftJoin('profiles as p', function joinProfile() {
      this.on('p.id', '=', 's.profile_id').andOn('p.user_id', '=', 's.user_id');
    })
    .where('s.token_hash', sessionHash)
    .andWhere('s.expires_at', '>', knex.fn.now())
    .first(
      's.user_id',
      'u.blocked as user_blocked',
      'p.id',
      'p.level',
      'p.supervisor_id',
      'p.institution_id',
      'p.roles',
      'p.valid_until',
      'p.blocked',
    );
  if (!session || session.user_blocked) {
    return null;
  }
  const profile = session.id && isProfileUsable(session) ? toActiveProfile(session as ProfileRow) : null;
  return { userId: session.user_id, sessionHash, profile };
}

export async function selectSessionProfile(strapi: Core.Strapi, sessionHash: string, profileId: number | null): Promise<void> {
  await knexOf(strapi)('rumis_sessions').where('token_hash', sessionHash).update({ profile_id: profileId });
}

export async function deleteSession(strapi: Core.Strapi, sessionHash: string): Promise<void> {
  await knexOf(strapi)('rumis_sessions').where('token_hash', sessionHash).delete();
}

/** Ends every session acting as the profile: used when its roles, level, validity or block change. */
export async function endSessionsOfProfile(strapi: Core.Strapi, profileId: number, db: Knex | Knex.Transaction = knexOf(strapi)): Promise<number> {
  return db('rumis_sessions').where('profile_id', profileId).delete();
}
