import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * The part of oidc-provider 9 that the stand-in uses. The package ships no type declarations,
 * so these interfaces describe the documented API by hand.
 */

export interface InteractionDetails {
  uid: string;
  prompt: {
    name: string;
    details: {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
  };
  params: { client_id?: unknown };
  session?: { accountId: string };
  grantId?: string;
}

export type InteractionResult =
  | { login: { accountId: string } }
  | { consent: { grantId: string } }
  | { error: string; error_description?: string };

export interface Grant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  addResourceScope(indicator: string, scope: string): void;
  save(): Promise<string>;
}

export interface GrantModel {
  new (properties: { accountId: string; clientId: string }): Grant;
  find(id: string): Promise<Grant | undefined>;
}

export interface Account {
  accountId: string;
  claims(): Promise<Record<string, unknown>>;
}

/** The Koa context fields that a custom error page sets. */
export interface ErrorPageContext {
  type: string;
  body: string;
}

export interface ClientMetadata {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

export interface ProviderConfiguration {
  clients: ClientMetadata[];
  jwks: { keys: object[] };
  cookies: { keys: string[] };
  claims: Record<string, string[]>;
  conformIdTokenClaims: boolean;
  pkce: { required: () => boolean };
  features: Record<string, { enabled: boolean }>;
  ttl: Record<string, number>;
  findAccount(context: unknown, sub: string): Promise<Account | undefined>;
  renderError(context: ErrorPageContext, out: Record<string, string>, error: Error): Promise<void>;
}

export interface Provider {
  callback(): RequestListener;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionResult(req: IncomingMessage, res: ServerResponse, result: InteractionResult, options?: { mergeWithLastSubmission?: boolean }): Promise<string>;
  Grant: GrantModel;
}

interface OidcProviderModule {
  default: new (issuer: string, configuration: ProviderConfiguration) => Provider;
}

/**
 * Loads oidc-provider, which is published as an ES module only. It goes through Node's own
 * require, which loads ES modules since Node 20.19, rather than through the caller's `require`:
 * Jest replaces that with its own module registry, which parses every file as CommonJS. The
 * cast is needed because require() returns an untyped value.
 */
export function loadOidcProvider(): OidcProviderModule {
  const nodeRequire = process.getBuiltinModule('node:module').createRequire(__filename);
  return nodeRequire('oidc-provider') as OidcProviderModule;
}
