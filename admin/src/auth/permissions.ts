import { hasPermission, type Permission } from '@rumis/access';

/**
 * The permission of the role table that each panel resource and action needs. Actions missing
 * here (delete, export, clone and the like) are denied, so the panel hides their buttons.
 */
const RESOURCE_PERMISSIONS: Record<string, Record<string, Permission>> = {
  resources: { list: 'resources.read', show: 'resources.read', create: 'resources.write', edit: 'resources.write' },
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
  institutions: { list: 'institutions.read', show: 'institutions.read' },
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
