import type * as OpenIdClientModule from 'openid-client';

export type OpenIdClient = typeof OpenIdClientModule;

let loaded: OpenIdClient | undefined;

/**
 * Loads openid-client, which is published as an ES module only. It goes through Node's own
 * require, which loads ES modules since Node 20.19. TypeScript would compile `await import()` to
 * the caller's `require`, and Jest replaces that with its own module registry, which parses every
 * file as CommonJS. The cast is needed because require() returns an untyped value.
 */
export function loadOpenIdClient(): OpenIdClient {
  if (!loaded) {
    const nodeRequire = process.getBuiltinModule('node:module').createRequire(__filename);
    loaded = nodeRequire('openid-client') as OpenIdClient;
  }
  return loaded;
}
