import type { LocalizedText } from '../lib/errors';

export const RESOURCE_STATUSES = [
  'new',
  'in_reserve',
  'available',
  'reserved',
  'in_use',
  'maintenance',
  'damaged',
  'under_repair',
  'lost',
  'stolen',
  'written_off',
] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/**
 * Statuses a resource manager may set by hand. "Reserved" and "in use" follow from handover
 * acts only, and a reserved or issued resource cannot be changed by hand.
 */
export const RESOURCE_MANUAL_STATUSES = [
  'new',
  'in_reserve',
  'available',
  'maintenance',
  'damaged',
  'under_repair',
  'lost',
  'stolen',
] as const;

export const RESOURCE_LOCKED_STATUSES = ['reserved', 'in_use', 'written_off'] as const;

export function isLockedStatus(status: string): boolean {
  return (RESOURCE_LOCKED_STATUSES as readonly string[]).includes(status);
}

/** Status of a copy: the source's status when a manager may set it by hand, otherwise "new". */
export function copyStatus(sourceStatus: string): ResourceStatus {
  return (RESOURCE_MANUAL_STATUSES as readonly string[]).includes(sourceStatus) ? (sourceStatus as ResourceStatus) : 'new';
}

const NAMED_IN_MESSAGE = 20;

/** Builds the message naming the resources whose status follows from acts or write-off. */
export function lockedResourcesMessage(numbers: readonly string[]): LocalizedText {
  const named = numbers.slice(0, NAMED_IN_MESSAGE).join(', ');
  const moreCount = numbers.length - NAMED_IN_MESSAGE;
  return {
    lv: `Rezervētus, lietošanā esošus un norakstītus resursus nevar mainīt ar roku vai norakstīt: ${named}${moreCount > 0 ? ` un vēl ${moreCount}` : ''}. Noņemiet tos no izvēles un mēģiniet vēlreiz.`,
    en: `Reserved, in-use and written-off resources cannot be changed by hand or written off: ${named}${moreCount > 0 ? ` and ${moreCount} more` : ''}. Remove them from the selection and try again.`,
  };
}
