import type { Core } from '@strapi/strapi';
import type { PolicyContext } from '../lib/policy-context';
import { forbidden, unauthorized } from '../lib/errors';
import { loadActor } from '../lib/session';

/**
 * Requires a live panel session acting as a usable profile and puts the actor on ctx.state.
 * It throws rather than returning false so that the response carries a stable code: 401 when
 * there is no session, 403 when no usable profile is chosen (expired, blocked or none yet).
 */
export default async (policyContext: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const actor = await loadActor(strapi, policyContext.request.ctx);
  if (!actor) {
    throw unauthorized('SESSION_REQUIRED', {
      lv: 'Sesija nav aktīva. Lūdzu, pieslēdzieties.',
      en: 'Your session is not active. Please log in.',
    });
  }
  if (!actor.profile) {
    throw forbidden('PROFILE_REQUIRED', {
      lv: 'Izvēlieties derīgu profilu, lai turpinātu darbu.',
      en: 'Choose a valid profile to continue.',
    });
  }
  policyContext.state.actor = actor;
  return true;
};
