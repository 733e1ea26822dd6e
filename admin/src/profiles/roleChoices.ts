import { ACCESS_LEVELS, LEVEL_RANK, ROLES, type AccessLevel } from '@rumis/access';

/** Every role, labelled through the translation messages (rumis.role.*). */
export const ROLE_CHOICES = ROLES.map((role) => ({ id: role, name: `rumis.role.${role}` }));

/** Every access level, labelled through the translation messages (rumis.level.*). */
export const LEVEL_CHOICES = ACCESS_LEVELS.map((level) => ({ id: level, name: `rumis.level.${level}` }));

/** Returns the levels an administrator at `ownLevel` may give profiles at: its own and those below it. */
export function levelChoicesBelow(ownLevel: AccessLevel | undefined) {
  if (!ownLevel) {
    return [];
  }
  return LEVEL_CHOICES.filter((choice) => LEVEL_RANK[choice.id] >= LEVEL_RANK[ownLevel]);
}
