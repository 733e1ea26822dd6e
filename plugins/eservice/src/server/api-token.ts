import crypto from 'node:crypto';
import type { Request } from 'koa';
import { loadConfig } from '@rumis/config';
import { EserviceError } from './errors';

function sameToken(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * Requires "Authorization: Bearer <ESERVICE_API_TOKEN>". The comparison runs in constant time
 * over hashes, so neither the token's content nor its length leaks through response timing.
 */
/** Strapi passes policies a copy of the Koa context's own fields; the request carries the headers. */
export default (policyContext: { request: Request }) => {
  const header = policyContext.request.get('authorization');
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  if (!token || !sameToken(token, loadConfig().eserviceApiToken)) {
    throw new EserviceError(401, 'ESERVICE_TOKEN_INVALID', {
      lv: 'E-pakalpojuma piekļuves pilnvara nav derīga.',
      en: 'The e-service access token is not valid.',
    });
  }
  return true;
};
