import crypto from 'node:crypto';

export const APPLICATION_STATUSES = ['submitted', 'postponed', 'approved', 'declined', 'withdrawn', 'deleted'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses in which a decision (approve, decline, postpone) can still be made. */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['submitted', 'postponed'];

/** Calendar days the institution has to decide on an application after its submission. */
export const DECISION_DEADLINE_DAYS = 10;

/**
 * Allowed status changes: submitted may become anything, postponed anything but submitted, and
 * every other status is final.
 */
export function canChangeApplicationStatus(from: ApplicationStatus, to: ApplicationStatus): boolean {
  if (from === 'submitted') {
    return to !== 'submitted';
  }
  if (from === 'postponed') {
    return to !== 'submitted' && to !== 'postponed';
  }
  return false;
}

/**
 * Key of the "one active application per resource user and subtype" rule at one institution.
 * It is a hash so that the unique index does not hold personal codes in readable form.
 */
export function applicationActiveKey(institutionId: number, subtypeId: number, userPersonalCode: string): string {
  return crypto.createHash('sha256').update(`${institutionId}:${subtypeId}:${userPersonalCode}`).digest('hex');
}

/** Returns whether a "can apply" setting admits a resource user of the given kind. */
export function canApplyAdmits(canApply: string, userKind: 'learner' | 'employee'): boolean {
  return canApply === 'all' || (canApply === 'learners' && userKind === 'learner') || (canApply === 'employees' && userKind === 'employee');
}
