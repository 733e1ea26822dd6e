import type { HandoverAction } from '../api/dataProvider';

/**
 * The act's statuses in which each workflow step is possible: draft -> prepared -> issued ->
 * returned, lost or stolen, and draft or prepared -> cancelled. The server enforces the same rule.
 */
export const ACTION_STATUSES: Record<HandoverAction, readonly string[]> = {
  prepare: ['draft'],
  issue: ['prepared'],
  return: ['issued'],
  loss: ['issued'],
  cancel: ['draft', 'prepared'],
};

/** The handover act document exists for every act that was not cancelled, and the return act only after the return. */
export const DOCUMENT_STATUSES: Record<'handover-act' | 'return-act', readonly string[]> = {
  'handover-act': ['draft', 'prepared', 'issued', 'returned', 'lost', 'stolen'],
  'return-act': ['returned'],
};
