import { panelRoute } from '../../../lib/panel-route';

export default {
  routes: [
    panelRoute('GET', '/handover-acts', 'handover-acts.find', 'handover-acts.read'),
    panelRoute('GET', '/handover-acts/:id', 'handover-acts.findOne', 'handover-acts.read'),
    panelRoute('POST', '/handover-acts/:id/prepare', 'handover-acts.prepare', 'handover-acts.work'),
    panelRoute('POST', '/handover-acts/:id/issue', 'handover-acts.issue', 'handover-acts.work'),
    panelRoute('POST', '/handover-acts/:id/return', 'handover-acts.recordReturn', 'handover-acts.work'),
    panelRoute('POST', '/handover-acts/:id/loss', 'handover-acts.recordLoss', 'handover-acts.work'),
    panelRoute('POST', '/handover-acts/:id/cancel', 'handover-acts.cancel', 'handover-acts.work'),
    panelRoute('GET', '/handover-acts/:id/document', 'handover-acts.document', 'handover-acts.document'),
  ],
};
