import type { PolicyContext } from '../lib/policy-context';
import { hasPermission, ROLE_LABELS_LV, rolesFor, type Permission, type Role } from '@rumis/access';
import { forbidden } from '../lib/errors';
import type { Actor } from '../lib/session';

/** English role names, as the panel's English language pack has them. */
const ROLE_LABELS_EN: Record<Role, string> = {
  admin: 'Administrator',
  resource_manager: 'Resource manager',
  application_registrar: 'Application registrar',
  application_reviewer: 'Application reviewer',
  resource_issuer: 'Resource issuer',
  report_viewer: 'Report operator',
};

/**
 * Requires the active profile to hold a role that the role table allows for the permission.
 * Runs after panel-session; the 403 names the roles that would be allowed.
 */
export default (policyContext: PolicyContext, config: { permission: Permission }) => {
  const actor = policyContext.state.actor as Actor | undefined;
  const roles = actor?.profile?.roles ?? [];
  if (!hasPermission(roles, config.permission)) {
    const allowed = rolesFor(config.permission);
    throw forbidden('ROLE_REQUIRED', {
      lv: `Darbībai nepieciešama kāda no lomām: ${allowed.map((role) => ROLE_LABELS_LV[role]).join(', ')}.`,
      en: `This action needs one of the roles: ${allowed.map((role) => ROLE_LABELS_EN[role]).join(', ')}.`,
    });
  }
  return true;
};
