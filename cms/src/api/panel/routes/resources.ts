import { panelRoute } from '../../../lib/panel-route';

export default {
  routes: [
    panelRoute('GET', '/resources', 'resources.find', 'resources.read'),
    panelRoute('GET', '/resources/:id', 'resources.findOne', 'resources.read'),
    panelRoute('POST', '/resources', 'resources.create', 'resources.write'),
    panelRoute('PUT', '/resources/:id', 'resources.update', 'resources.write'),
  ],
};
