import type { Knex } from 'knex';
import type { Scope } from '@rumis/access';

/**
 * Narrows a profiles query (alias p) to the profiles an administrator with this scope manages:
 * everything for the state; the supervisor's own profiles and its schools' profiles for a
 * supervisor; the institution's profiles for an institution.
 */
export function applyProfileScope<Q extends Knex.QueryBuilder>(query: Q, scope: Scope, alias = 'p'): Q {
  switch (scope.kind) {
    case 'all':
      return query;
    case 'supervisor':
      return query.where((inner: Knex.QueryBuilder) =>
        inner
          .where((own: Knex.QueryBuilder) => own.where(`${alias}.level`, 'municipality').where(`${alias}.supervisor_id`, scope.supervisorId))
          .orWhere((schools: Knex.QueryBuilder) =>
            schools.where(`${alias}.level`, 'institution').whereIn(`${alias}.institution_id`, function institutionsOfSupervisor(this: Knex.QueryBuilder) {
              this.select('id').from('institutions').where('supervisor_id', scope.supervisorId);
            }),
          ),
      ) as Q;
    case 'institution':
      return query.where(`${alias}.level`, 'institution').where(`${alias}.institution_id`, scope.institutionId) as Q;
  }
}

/**
 * Narrows a users query (alias u) to people who hold at least one profile in the scope, and to
 * people without any profile whom an administrator of the scope registered (the supervisor's
 * scope includes those registered by its schools).
 */
export function applyUserScope<Q extends Knex.QueryBuilder>(query: Q, scope: Scope, knex: Knex, alias = 'u'): Q {
  if (scope.kind === 'all') {
    return query;
  }
  const profileInScope = applyProfileScope(knex('profiles as p').select(knex.raw('1')).whereRaw(`p.user_id = ${alias}.id`), scope);
  const anyProfile = knex('profiles as p').select(knex.raw('1')).whereRaw(`p.user_id = ${alias}.id`);
  return query.where((inner: Knex.QueryBuilder) =>
    inner.whereExists(profileInScope).orWhere((unprofiled: Knex.QueryBuilder) => {
      unprofiled.whereNotExists(anyProfile);
      if (scope.kind === 'institution') {
        unprofiled.where(`${alias}.registered_institution_id`, scope.institutionId);
      } else {
        unprofiled.where((registered: Knex.QueryBuilder) =>
          registered
            .where(`${alias}.registered_supervisor_id`, scope.supervisorId)
            .orWhereIn(`${alias}.registered_institution_id`, knex('institutions').select('id').where('supervisor_id', scope.supervisorId)),
        );
      }
    }),
  ) as Q;
}
