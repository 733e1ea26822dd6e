/**
 * The role table: which roles may perform each panel action. The server's route policies and
 * the panel's authProvider.canAccess both read this table, so the panel hides exactly what the
 * server would reject.
 */

export const ROLES = [
  'admin',
  'resource_manager',
  'application_registrar',
  'application_reviewer',
  'resource_issuer',
  'report_viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const DAILY_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'admin');

export const ACCESS_LEVELS = ['state', 'municipality', 'institution'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const PERMISSIONS = {
  'resources.read': ['resource_manager', 'application_reviewer', 'resource_issuer', 'report_viewer'],
  'resources.write': ['resource_manager'],
  'resources.export': ['resource_manager', 'report_viewer'],
  'dashboard.resources': ['resource_manager', 'report_viewer'],
  'applications.read': ['application_registrar', 'application_reviewer', 'resource_issuer', 'report_viewer'],
  'applications.create': ['application_registrar'],
  'applications.decide': ['application_reviewer'],
  'handover-acts.read': ['application_reviewer', 'resource_issuer', 'report_viewer'],
  'handover-acts.work': ['resource_issuer'],
  'handover-acts.document': ['resource_issuer'],
  'institutions.read': ROLES,
  'institutions.write': ['admin'],
  'institutions.activate': ['admin'],
  'users.read': ['admin'],
  'users.write': ['admin'],
  'profiles.read': ['admin'],
  'profiles.write': ['admin'],
  'catalogs.read': ROLES,
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

/** Latvian labels of the roles, for messages that name them. */
export const ROLE_LABELS_LV: Record<Role, string> = {
  admin: 'Administrators',
  resource_manager: 'Resursu pārvaldnieks',
  application_registrar: 'Pieteikumu reģistrētājs',
  application_reviewer: 'Pieteikumu izskatītājs',
  resource_issuer: 'Resursu izsniedzējs',
  report_viewer: 'Atskaišu operators',
};

/** Access levels from the widest to the narrowest. */
export const LEVEL_RANK: Record<AccessLevel, number> = { state: 0, municipality: 1, institution: 2 };

/**
 * Returns true when a set of roles mixes the administrator role with daily roles. Cabinet of
 * Ministers regulation No. 442 forbids one profile from holding both.
 */
export function mixesAdminAndDailyRoles(roles: readonly string[]): boolean {
  return roles.includes('admin') && roles.some((role) => role !== 'admin');
}
