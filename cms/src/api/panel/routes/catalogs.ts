import { panelRoute } from '../../../lib/panel-route';

export default {
  routes: [
    panelRoute('GET', '/code-lists', 'catalogs.codeLists', 'catalogs.read'),
    panelRoute('GET', '/resource-subtypes', 'catalogs.subtypes', 'catalogs.read'),
    panelRoute('GET', '/social-statuses', 'catalogs.socialStatuses', 'catalogs.read'),
    panelRoute('GET', '/supervisors', 'catalogs.supervisors', 'catalogs.read'),
    panelRoute('GET', '/institutions', 'catalogs.institutions', 'institutions.read'),
    panelRoute('GET', '/institutions/:id', 'catalogs.institution', 'institutions.read'),
  ],
};
