import crypto from 'node:crypto';
import type { Knex } from 'knex';

/** Cookie with the id of the browser's OpenID Connect login in progress. */
export const LOGIN_ATTEMPT_COOKIE = 'rumis_login_attempt';

/** A login must come back from the identity provider within this time. */
export const LOGIN_ATTEMPT_TTL_MINUTES = 10;

/** The values the callback checks the provider's response against. */
export interface LoginAttemptChecks {
  codeVerifier: string;
  state: string;
  nonce: string;
}

function hashId(attemptId: string): string {
  return crypto.createHash('sha256').update(attemptId).digest('hex');
}

/**
 * Stores a new login attempt and returns its id for the cookie. Only the id's hash is stored, so
 * the table alone cannot be used to finish someone else's login. Expired attempts are deleted
 * on the way.
 */
export async function createLoginAttempt(knex: Knex, checks: LoginAttemptChecks): Promise<string> {
  await knex('rumis_login_attempts').where('expires_at', '<=', knex.fn.now()).delete();
  const attemptId = crypto.randomBytes(32).toString('base64url');
  await knex('rumis_login_attempts').insert({
    id_hash: hashId(attemptId),
    code_verifier: checks.codeVerifier,
    state: checks.state,
    nonce: checks.nonce,
    expires_at: new Date(Date.now() + LOGIN_ATTEMPT_TTL_MINUTES * 60_000),
  });
  return attemptId;
}

/**
 * Deletes the attempt and returns its checks, or null when it does not exist or has expired.
 * Deleting and reading in one statement means that two callbacks with the same cookie cannot
 * both get the checks.
 */
export async function takeLoginAttempt(knex: Knex, attemptId: string): Promise<LoginAttemptChecks | null> {
  const rows: Array<{ code_verifier: string; state: string; nonce: string; expires_at: Date }> = await knex('rumis_login_attempts')
    .where('id_hash', hashId(attemptId))
    .delete()
    .returning(['code_verifier', 'state', 'nonce', 'expires_at']);
  const row = rows[0];
  if (!row || row.expires_at.getTime() <= Date.now()) {
    return null;
  }
  return { codeVerifier: row.code_verifier, state: row.state, nonce: row.nonce };
}
