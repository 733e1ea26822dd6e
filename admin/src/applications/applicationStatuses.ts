/** Statuses in which a reviewer can still allocate a resource or decline. */
export const OPEN_STATUSES: readonly string[] = ['submitted', 'postponed'];

/** Only a submitted application can be postponed, because a postponed one cannot be postponed again. */
export const POSTPONABLE_STATUSES: readonly string[] = ['submitted'];
