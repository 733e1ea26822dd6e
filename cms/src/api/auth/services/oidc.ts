import type { Core } from '@strapi/strapi';
import type { Configuration } from 'openid-client';
import { normalizePersonalCode, personalCodeProblem } from '@rumis/access';
import { loadConfig } from '@rumis/config';
import { knexOf } from '../../../lib/db';
import { createSession, isProfileUsable } from '../../../lib/session';
import { createLoginAttempt, takeLoginAttempt } from '../oidc/login-attempts';
import type { LoginRejection } from '../oidc/login-result-page';
import { loadOpenIdClient } from '../oidc/openid-client';

export const CALLBACK_PATH = '/api/session/oidc/callback';

export type LoginStart = { result: 'redirect'; attemptId: string; authorizationUrl: string } | { result: 'rejected'; rejection: 'LOGIN_FAILED' };

export type LoginOutcome =
  | { result: 'success'; userId: number; profileId: number | null; sessionToken: string }
  | { result: 'rejected'; rejection: LoginRejection };

export interface OidcService {
  beginLogin(): Promise<LoginStart>;
  completeLogin(attemptId: string | undefined, callbackQuery: string): Promise<LoginOutcome>;
}

/**
 * Summarises an error for the log: its name, code, OAuth error code and message. openid-client's
 * messages name the check that failed and keep the values (such as ID token claims) in `cause`,
 * which is left out.
 */
function describeError(error: unknown): string {
  const { name, code, message, error: oauthError } = (error ?? {}) as { name?: unknown; code?: unknown; message?: unknown; error?: unknown };
  const labels = [name, code, oauthError].filter((part): part is string => typeof part === 'string');
  return `${labels.join(' ')}: ${String(message)}`;
}

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * Relying party of the latvija.lv OpenID Connect login: authorization code flow with PKCE (S256),
 * state and nonce. The provider asserts the person's personal code in an ID token claim. The
 * login succeeds only for a registered, unblocked user with at least one usable profile.
 */
export default ({ strapi }: { strapi: Core.Strapi }): OidcService => {
  const config = loadConfig();
  const redirectUri = `${config.publicUrl.replace(/\/+$/, '')}${CALLBACK_PATH}`;
  let discovered: Promise<Configuration> | undefined;

  /** Fetches the provider's metadata once. A failed discovery is retried at the next login. */
  function providerConfiguration(): Promise<Configuration> {
    const { issuer, clientId, clientSecret } = config.oidc;
    if (!issuer || !clientId || !clientSecret) {
      return Promise.reject(new Error('OIDC_ISSUER is not set. Outside production, `npm start` sets it to the stand-in identity provider'));
    }
    if (!discovered) {
      const client = loadOpenIdClient();
      const issuerUrl = new URL(issuer);
      // Plain http is allowed only for a provider on this machine, such as the stand-in.
      const execute = issuerUrl.protocol === 'http:' && isLoopback(issuerUrl) ? [client.allowInsecureRequests] : [];
      discovered = client.discovery(issuerUrl, clientId, clientSecret, client.ClientSecretBasic(), { execute });
      discovered.catch(() => {
        discovered = undefined;
      });
    }
    return discovered;
  }

  function reject(rejection: LoginRejection, reason: string, userId?: number): LoginOutcome {
    const user = userId === undefined ? '' : ` for user ${userId}`;
    strapi.log.warn(`OpenID Connect login rejected${user} (${rejection}): ${reason}`, { rejection, userId });
    return { result: 'rejected', rejection };
  }

  /** Reads and checks the personal code claim. Returns null, after logging why, when it is missing or invalid. */
  function personalCodeOf(claims: Record<string, unknown> | undefined): string | null {
    const claimName = config.oidc.personalCodeClaim;
    const value = claims?.[claimName];
    if (typeof value !== 'string') {
      strapi.log.warn(`OpenID Connect ID token has no string claim "${claimName}". Check that OIDC_PERSONAL_CODE_CLAIM names the provider's personal code claim`);
      return null;
    }
    const personalCode = normalizePersonalCode(value);
    const problem = personalCodeProblem(personalCode);
    if (problem) {
      strapi.log.warn(`OpenID Connect ID token claim "${claimName}" is not a valid personal code (${problem})`);
      return null;
    }
    return personalCode;
  }

  async function findUser(personalCode: string): Promise<LoginOutcome> {
    const knex = knexOf(strapi);
    const user = await knex('up_users').where('personal_code', personalCode).first('id', 'blocked');
    if (!user) {
      return reject('UNKNOWN_USER', 'no user has the asserted personal code');
    }
    if (user.blocked) {
      return reject('USER_BLOCKED', 'the user is blocked', user.id);
    }
    const profiles: Array<{ id: number; blocked: boolean; valid_until: string | Date | null }> = await knex('profiles')
      .where('user_id', user.id)
      .orderBy('id')
      .select('id', 'blocked', 'valid_until');
    const usable = profiles.filter((profile) => isProfileUsable(profile));
    if (usable.length === 0) {
      return reject('NO_USABLE_PROFILE', `every profile of the user is blocked or expired (profiles: ${profiles.length})`, user.id);
    }
    // With exactly one usable profile there is nothing to choose, so the session starts with it.
    const profileId = usable.length === 1 ? usable[0].id : null;
    const sessionToken = await createSession(strapi, user.id, config.sessionTtlMinutes, profileId);
    const profileText = profileId === null ? 'no profile chosen yet' : `profile ${profileId}`;
    strapi.log.info(`OpenID Connect login succeeded for user ${user.id} with ${profileText}`, { userId: user.id, profileId });
    return { result: 'success', userId: user.id, profileId, sessionToken };
  }

  return {
    /** Stores a new login attempt and returns the provider's authorization URL for it. */
    async beginLogin() {
      let configuration: Configuration;
      try {
        configuration = await providerConfiguration();
      } catch (error) {
        strapi.log.error(`OpenID Connect discovery at ${config.oidc.issuer ?? '(no OIDC_ISSUER)'} failed, so the login cannot start: ${describeError(error)}`);
        return { result: 'rejected', rejection: 'LOGIN_FAILED' };
      }
      const client = loadOpenIdClient();
      const checks = { codeVerifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce() };
      const attemptId = await createLoginAttempt(knexOf(strapi), checks);
      const authorizationUrl = client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: config.oidc.scopes.join(' '),
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        state: checks.state,
        nonce: checks.nonce,
        // Ask the person to authenticate every time, so that logging out of the panel on a shared
        // school computer does not let the next person in through the provider's own session.
        prompt: 'login',
      });
      return { result: 'redirect', attemptId, authorizationUrl: authorizationUrl.href };
    },

    /**
     * Finishes the login the provider redirected back to: takes the stored attempt, exchanges the
     * code, validates the ID token (signature, issuer, audience, expiry, nonce) and the state, and
     * creates a session for the user with the asserted personal code. `callbackQuery` is the
     * callback's query string, which carries the provider's response.
     */
    async completeLogin(attemptId, callbackQuery) {
      if (!attemptId) {
        return reject('LOGIN_FAILED', 'the callback came without a login attempt cookie');
      }
      const checks = await takeLoginAttempt(knexOf(strapi), attemptId);
      if (!checks) {
        return reject('LOGIN_FAILED', 'the login attempt is unknown, already used or expired');
      }

      // The response is read against the registered redirect URI rather than the URL the request
      // arrived at, which a reverse proxy may have rewritten.
      const callbackUrl = new URL(redirectUri);
      callbackUrl.search = callbackQuery;
      let claims: Record<string, unknown> | undefined;
      try {
        const configuration = await providerConfiguration();
        const tokens = await loadOpenIdClient().authorizationCodeGrant(configuration, callbackUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch (error) {
        return reject('LOGIN_FAILED', `the provider returned an error or its response failed a check (${describeError(error)})`);
      }

      const personalCode = personalCodeOf(claims);
      if (!personalCode) {
        return reject('LOGIN_FAILED', 'the ID token carries no valid personal code');
      }
      return findUser(personalCode);
    },
  };
};
