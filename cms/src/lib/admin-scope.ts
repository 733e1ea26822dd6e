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

/** Narrows a users query (alias u) to people who hold at least one profile in the scope. */
export function applyUserScope<Q extends Knex.QueryBuilder>(query: Q, scope: Scope, knex: Knex, alias = 'u'): Q {
  if (scope.kind === 'all') {
    return query;
  }
  return query.whereExists(applyProfileScope(knex('profiles as p').select(knex.raw('1')).whereRaw(`p.user_id = ${alias}.id`), scope)) as Q;
}
