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
