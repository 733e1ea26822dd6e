export const HANDOVER_STATUSES = ['draft', 'prepared', 'issued', 'returned', 'lost', 'stolen', 'cancelled'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

/** Statuses in which an act keeps its resource and application reserved. */
export const ACTIVE_HANDOVER_STATUSES: readonly HandoverStatus[] = ['draft', 'prepared', 'issued'];

/**
 * The act's life: draft -> prepared -> issued -> returned, lost or stolen; draft or prepared ->
 * cancelled. Returned, lost, stolen and cancelled are final.
 */
const TRANSITIONS: Record<HandoverStatus, readonly HandoverStatus[]> = {
  draft: ['prepared', 'cancelled'],
  prepared: ['issued', 'cancelled'],
  issued: ['returned', 'lost', 'stolen'],
  returned: [],
  lost: [],
  stolen: [],
  cancelled: [],
};

export function canChangeHandoverStatus(from: HandoverStatus, to: HandoverStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
