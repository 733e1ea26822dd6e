import { hasPermission, type Permission } from '@rumis/access';

/**
 * The permission of the role table that each panel resource and action needs. Actions missing
 * here (such as deleting a resource, or clone) are denied, so the panel hides their buttons.
 */
const RESOURCE_PERMISSIONS: Record<string, Record<string, Permission>> = {
  resources: {
    list: 'resources.read',
    show: 'resources.read',
    create: 'resources.write',
    edit: 'resources.write',
    copy: 'resources.write',
    import: 'resources.write',
    'write-off': 'resources.write',
    'bulk-status': 'resources.write',
    'bulk-location': 'resources.write',
    'bulk-write-off': 'resources.write',
    export: 'resources.export',
  },
  applications: {
    list: 'applications.read',
    show: 'applications.read',
    create: 'applications.create',
    allocate: 'applications.decide',
    decline: 'applications.decide',
    postpone: 'applications.decide',
  },
  'handover-acts': {
    list: 'handover-acts.read',
    show: 'handover-acts.read',
    prepare: 'handover-acts.work',
    issue: 'handover-acts.work',
    return: 'handover-acts.work',
    loss: 'handover-acts.work',
    cancel: 'handover-acts.work',
    document: 'handover-acts.document',
  },
  institutions: {
    list: 'institutions.read',
    show: 'institutions.read',
    edit: 'institutions.write',
    activate: 'institutions.activate',
    deactivate: 'institutions.activate',
  },
  users: { list: 'users.read', show: 'users.read', create: 'users.write', edit: 'users.write' },
  profiles: { list: 'profiles.read', show: 'profiles.read', create: 'profiles.write', edit: 'profiles.write', delete: 'profiles.write' },
  dashboard: { resources: 'dashboard.resources' },
  'code-lists': { list: 'catalogs.read' },
  'resource-subtypes': { list: 'catalogs.read' },
  'social-statuses': { list: 'catalogs.read' },
};

export function permissionFor(resource: string, action: string): Permission | undefined {
  return RESOURCE_PERMISSIONS[resource]?.[action];
}

/** Returns true when one of the roles may perform the action on the resource. */
export function rolesCanAccess(roles: readonly string[], resource: string, action: string): boolean {
  const permission = permissionFor(resource, action);
  return permission !== undefined && hasPermission(roles, permission);
}
