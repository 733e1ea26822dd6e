/**
 * Row scope of a profile: a state profile reads everything, a supervisor profile its schools,
 * an institution profile only its own institution.
 */

import type { AccessLevel } from './roles';

export type Scope =
  | { kind: 'all' }
  | { kind: 'supervisor'; supervisorId: number }
  | { kind: 'institution'; institutionId: number };

export interface ScopedProfile {
  level: AccessLevel;
  supervisorId: number | null;
  institutionId: number | null;
}

/** Turns a profile into its scope; a profile missing the object of its level gets no rows. */
export function scopeOf(profile: ScopedProfile): Scope | null {
  switch (profile.level) {
    case 'state':
      return { kind: 'all' };
    case 'municipality':
      return profile.supervisorId ? { kind: 'supervisor', supervisorId: profile.supervisorId } : null;
    case 'institution':
      return profile.institutionId ? { kind: 'institution', institutionId: profile.institutionId } : null;
    default:
      return null;
  }
}

/** Returns whether an institution with the given supervisor lies inside the scope. */
export function scopeIncludes(scope: Scope, institution: { id: number; supervisorId: number }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'supervisor':
      return institution.supervisorId === scope.supervisorId;
    case 'institution':
      return institution.id === scope.institutionId;
  }
}
