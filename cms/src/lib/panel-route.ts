import type { Permission } from '@rumis/access';

export type PanelMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Declares a panel API route. Every panel route requires a panel session acting as a usable
 * profile (global::panel-session) and a role the role table allows for its permission
 * (global::has-permission); handlers then narrow every query to the profile's scope.
 */
export function panelRoute(method: PanelMethod, path: string, handler: string, permission: Permission) {
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
