import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccountDirectory, type DevPerson } from './accounts';
import { createInteractionHandler, type DevIdpLogger } from './interactions';
import { loadOidcProvider, type ClientMetadata, type ErrorPageContext, type ProviderConfiguration } from './oidc-provider';
import { renderMessagePage } from './pages';

export interface DevIdpOptions {
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /**
   * Issuer URL: the origin at which browsers and the relying party reach this server, without a
   * path. Default http://127.0.0.1:<port>.
   */
  issuer?: string;
  clients: ClientMetadata[];
  /** Persons to list on the login page, read again for every login. */
  persons: () => Promise<DevPerson[]>;
  /** Name of the ID token claim that carries the personal code; default personal_code. */
  personalCodeClaim?: string;
  logger?: DevIdpLogger;
}

export interface DevIdp {
  issuer: string;
  stop: () => Promise<void>;
}

/** Lifetimes in seconds: long enough for a manual login, short enough that nothing lingers. */
const TTL_SECONDS = {
  AccessToken: 10 * 60,
  AuthorizationCode: 60,
  IdToken: 10 * 60,
  Interaction: 10 * 60,
  Session: 60 * 60,
  Grant: 60 * 60,
};

const consoleLogger: DevIdpLogger = {
  warn: (message, error) => console.warn(message, error),
};

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Generates an RSA signing key at start, so the stand-in needs no key files and fetches nothing. */
function generateSigningKey(): object {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: crypto.randomUUID(), use: 'sig', alg: 'RS256' };
}

async function renderError(context: ErrorPageContext, out: Record<string, string>): Promise<void> {
  const detail = [out.error, out.error_description].filter(Boolean).join(': ');
  context.type = 'html';
  context.body = renderMessagePage(
    { lv: 'Pieslēgšanās neizdevās', en: 'Login failed' },
    { lv: `Identitātes pakalpojums noraidīja pieprasījumu (${detail}).`, en: `The identity provider rejected the request (${detail}).` },
  );
}

/**
 * Starts a stand-in for the latvija.lv OpenID Connect provider on 127.0.0.1, for development,
 * demos and tests. It issues ID tokens with the chosen person's personal code, given_name and
 * family_name, requires PKCE, and keeps everything in memory, so a restart ends all its sessions.
 */
export async function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const logger = options.logger ?? consoleLogger;
  const personalCodeClaim = options.personalCodeClaim ?? 'personal_code';
  const accounts = new AccountDirectory();

  // The server listens before the provider exists, because with port 0 the issuer URL is known
  // only once the system has chosen the port.
  let handleRequest: http.RequestListener = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = http.createServer((req, res) => handleRequest(req, res));
  const port = await listen(server, options.port);
  const issuer = options.issuer ?? `http://127.0.0.1:${port}`;
  if (new URL(issuer).pathname !== '/') {
    server.close();
    throw new Error(`The stand-in identity provider's issuer must be an origin without a path, not ${issuer}`);
  }

  const configuration: ProviderConfiguration = {
    // Copied field by field: oidc-provider accepts only plain objects of its own realm, and the
    // caller's may come from another one (a Jest sandbox).
    clients: options.clients.map((client) => ({ client_id: client.client_id, client_secret: client.client_secret, redirect_uris: [...client.redirect_uris] })),
    jwks: { keys: [generateSigningKey()] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    // The personal code is an openid claim, so every ID token carries it whatever the scopes.
    claims: { openid: ['sub', personalCodeClaim], profile: ['given_name', 'family_name'] },
    // Put the requested claims in the ID token even though an access token is issued too,
    // because the relying party reads them from the ID token only.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    ttl: TTL_SECONDS,
    async findAccount(_context, sub) {
      const person = accounts.find(sub);
      if (!person) {
        return undefined;
      }
      return {
        accountId: sub,
        claims: async () => ({ sub, [personalCodeClaim]: person.personalCode, given_name: person.firstName, family_name: person.lastName }),
      };
    },
    renderError,
  };
  const { default: Provider } = loadOidcProvider();
  const provider = new Provider(issuer, configuration);
  const handleProvider = provider.callback();
  const handleInteraction = createInteractionHandler({ provider, accounts, persons: options.persons, logger });

  handleRequest = (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path.startsWith('/interaction/')) {
      void handleInteraction(req, res, path);
      return;
    }
    handleProvider(req, res);
  };

  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
