import type * as StartDevIdpModule from './start-dev-idp';
import type { DevIdp, DevIdpOptions } from './start-dev-idp';

export type { DevIdp, DevIdpOptions } from './start-dev-idp';
export type { DevPerson } from './accounts';
export type { DevIdpLogger } from './interactions';
export type { ClientMetadata } from './oidc-provider';

/**
 * Starts the stand-in identity provider; see start-dev-idp.ts. The implementation is loaded
 * through Node's own require, which under plain Node is the same module. Under Jest it keeps the
 * implementation out of the test's sandbox, so that the configuration objects it builds come
 * from the same JavaScript realm as oidc-provider, which rejects objects whose prototype is
 * another realm's Object.prototype. The cast is needed because require() returns an untyped value.
 */
export function startDevIdp(options: DevIdpOptions): Promise<DevIdp> {
  const nodeRequire = process.getBuiltinModule('node:module').createRequire(__filename);
  const implementation = nodeRequire('./start-dev-idp') as typeof StartDevIdpModule;
  return implementation.startDevIdp(options);
}
