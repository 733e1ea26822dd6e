import { panelRoute } from '../../../lib/panel-route';

export default {
  routes: [panelRoute('GET', '/dashboard/resources', 'dashboard.resources', 'dashboard.resources')],
};
