import { panelRoute } from '../../../lib/panel-route';

// Paths without an id come before /resources/:id, which would otherwise take "export" for an id.
export default {
  routes: [
    panelRoute('GET', '/resources', 'resources.find', 'resources.read'),
    panelRoute('GET', '/resources/export', 'resources.export', 'resources.export'),
    panelRoute('GET', '/resources/import-template', 'resources.importTemplate', 'resources.write'),
    panelRoute('POST', '/resources/import', 'resources.import', 'resources.write'),
    panelRoute('POST', '/resources/bulk-status', 'resources.bulkStatus', 'resources.write'),
    panelRoute('POST', '/resources/bulk-location', 'resources.bulkLocation', 'resources.write'),
    panelRoute('POST', '/resources/bulk-write-off', 'resources.bulkWriteOff', 'resources.write'),
    panelRoute('GET', '/resources/:id', 'resources.findOne', 'resources.read'),
    panelRoute('POST', '/resources', 'resources.create', 'resources.write'),
    panelRoute('PUT', '/resources/:id', 'resources.update', 'resources.write'),
    panelRoute('POST', '/resources/:id/copy', 'resources.copy', 'resources.write'),
    panelRoute('POST', '/resources/:id/write-off', 'resources.writeOff', 'resources.write'),
  ],
};
