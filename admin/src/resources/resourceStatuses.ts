/** Statuses a resource manager may set by hand, on create and on edit. */
export const MANUAL_STATUSES = ['new', 'in_reserve', 'available', 'maintenance', 'damaged', 'under_repair', 'lost', 'stolen'] as const;

/** Statuses that follow from handover acts or write-off, so a form cannot change them. */
export const LOCKED_STATUSES: readonly string[] = ['reserved', 'in_use', 'written_off'];
