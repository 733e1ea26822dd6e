import { LEVEL_RANK, ROLES, mixesAdminAndDailyRoles, type AccessLevel, type Role } from '@rumis/access';
import type { LocalizedText } from '../lib/errors';
import type { ActiveProfile } from '../lib/session';

export const ADMIN_AND_DAILY_MESSAGE: LocalizedText = {
  lv: 'Ministru kabineta noteikumi Nr. 442 aizliedz vienā profilā apvienot administratora lomu ar ikdienas darba lomām: izveidojiet atsevišķu profilu.',
  en: 'Cabinet of Ministers regulation No. 442 forbids combining the administrator role with daily roles in one profile: create a separate profile.',
};

/** The object a profile is for: nothing for the state level, a supervisor, or an institution with its supervisor. */
export interface ProfileTarget {
  level: AccessLevel;
  supervisorId: number | null;
  institutionId: number | null;
  /** Supervisor of institutionId, for institution-level targets. */
  institutionSupervisorId: number | null;
}

export type TargetProblem = 'level_above' | 'outside_object' | null;

/**
 * Checks that an administrator may give rights to the target: only at its own level or below,
 * and only within its own object (its supervisor's schools, its own institution).
 */
export function administrationProblem(admin: ActiveProfile, target: ProfileTarget): TargetProblem {
  if (LEVEL_RANK[target.level] < LEVEL_RANK[admin.level]) {
    return 'level_above';
  }
  switch (admin.scope.kind) {
    case 'all':
      return null;
    case 'supervisor':
      if (target.level === 'municipality') {
        return target.supervisorId === admin.scope.supervisorId ? null : 'outside_object';
      }
      return target.institutionSupervisorId === admin.scope.supervisorId ? null : 'outside_object';
    case 'institution':
      return target.level === 'institution' && target.institutionId === admin.scope.institutionId ? null : 'outside_object';
  }
}

export type RolesProblem = 'empty' | 'unknown' | 'admin_and_daily' | 'duplicate' | null;

export function rolesProblem(roles: readonly string[]): RolesProblem {
  if (roles.length === 0) {
    return 'empty';
  }
  if (roles.some((role) => !(ROLES as readonly string[]).includes(role))) {
    return 'unknown';
  }
  if (new Set(roles).size !== roles.length) {
    return 'duplicate';
  }
  return mixesAdminAndDailyRoles(roles) ? 'admin_and_daily' : null;
}

export function asRoles(roles: readonly string[]): Role[] {
  return roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role));
}
