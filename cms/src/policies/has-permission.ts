import type { PolicyContext } from '../lib/policy-context';
import { hasPermission, ROLE_LABELS_LV, rolesFor, type Permission } from '@rumis/access';
import { forbidden } from '../lib/errors';
import type { Actor } from '../lib/session';

/**
 * Requires the active profile to hold a role that the role table allows for the permission.
 * Runs after panel-session; the 403 names the roles that would be allowed.
 */
export default (policyContext: PolicyContext, config: { permission: Permission }) => {
  const actor = policyContext.state.actor as Actor | undefined;
  const roles = actor?.profile?.roles ?? [];
  if (!hasPermission(roles, config.permission)) {
    throw forbidden('ROLE_REQUIRED', `Darbībai nepieciešama kāda no lomām: ${rolesFor(config.permission).map((role) => ROLE_LABELS_LV[role]).join(', ')}.`);
  }
  return true;
};
