import type { Permission } from '@rumis/access';

/**
 * The panel API in the ra-data-simple-rest dialect. Every route requires a panel session acting
 * as a usable profile (global::panel-session) and a role the role table allows for the route's
 * permission (global::has-permission); handlers then narrow every query to the profile's scope.
 */
function route(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, handler: string, permission: Permission) {
  return {
    method,
    path: `/panel${path}`,
    handler,
    config: {
      auth: false as const,
      policies: ['global::panel-session', { name: 'global::has-permission', config: { permission } }],
    },
  };
}

export default {
  routes: [
    route('GET', '/code-lists', 'catalogs.codeLists', 'catalogs.read'),
    route('GET', '/resource-subtypes', 'catalogs.subtypes', 'catalogs.read'),
    route('GET', '/social-statuses', 'catalogs.socialStatuses', 'catalogs.read'),
    route('GET', '/institutions', 'catalogs.institutions', 'institutions.read'),
    route('GET', '/institutions/:id', 'catalogs.institution', 'institutions.read'),

    route('GET', '/resources', 'resources.find', 'resources.read'),
    route('GET', '/resources/:id', 'resources.findOne', 'resources.read'),
    route('POST', '/resources', 'resources.create', 'resources.write'),
    route('PUT', '/resources/:id', 'resources.update', 'resources.write'),

    route('GET', '/applications', 'applications.find', 'applications.read'),
    route('GET', '/applications/:id', 'applications.findOne', 'applications.read'),
    route('POST', '/applications', 'applications.create', 'applications.create'),
    route('POST', '/applications/:id/allocate', 'applications.allocate', 'applications.decide'),
    route('POST', '/applications/:id/decline', 'applications.decline', 'applications.decide'),
    route('POST', '/applications/:id/postpone', 'applications.postpone', 'applications.decide'),

    route('GET', '/handover-acts', 'handover-acts.find', 'handover-acts.read'),
    route('GET', '/handover-acts/:id', 'handover-acts.findOne', 'handover-acts.read'),
    route('POST', '/handover-acts/:id/prepare', 'handover-acts.prepare', 'handover-acts.work'),
    route('POST', '/handover-acts/:id/issue', 'handover-acts.issue', 'handover-acts.work'),
    route('POST', '/handover-acts/:id/return', 'handover-acts.recordReturn', 'handover-acts.work'),
    route('POST', '/handover-acts/:id/loss', 'handover-acts.recordLoss', 'handover-acts.work'),
    route('POST', '/handover-acts/:id/cancel', 'handover-acts.cancel', 'handover-acts.work'),
    route('GET', '/handover-acts/:id/document', 'handover-acts.document', 'handover-acts.document'),
  ],
};
