import { panelRoute } from '../../../lib/panel-route';

export default {
  routes: [
    panelRoute('GET', '/applications', 'applications.find', 'applications.read'),
    panelRoute('GET', '/applications/:id', 'applications.findOne', 'applications.read'),
    panelRoute('POST', '/applications', 'applications.create', 'applications.create'),
    panelRoute('POST', '/applications/:id/allocate', 'applications.allocate', 'applications.decide'),
    panelRoute('POST', '/applications/:id/decline', 'applications.decline', 'applications.decide'),
    panelRoute('POST', '/applications/:id/postpone', 'applications.postpone', 'applications.decide'),
  ],
};
