import { mixesAdminAndDailyRoles } from '@rumis/access';

/**
 * Checks the roles input before the server does: a profile has either the administrator role
 * alone or daily roles, never both, because Cabinet of Ministers regulation No. 442 forbids
 * combining them. Returns a translation key.
 */
export function validateRoles(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    return 'resources.profiles.validation.roles_required';
  }
  return mixesAdminAndDailyRoles(value.map(String)) ? 'resources.profiles.validation.admin_and_daily' : undefined;
}
