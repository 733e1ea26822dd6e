import type { Knex } from 'knex';
import type { Scope } from '@rumis/access';
import type { Db } from './db';
import { invalid, notFound } from './errors';
import type { ActiveProfile } from './session';

/**
 * Narrows a query to the rows of institutions inside the scope. Every panel query goes through
 * this function, so a record outside the scope is simply not found.
 */
export function applyScope<Q extends Knex.QueryBuilder>(query: Q, scope: Scope, institutionColumn: string): Q {
  switch (scope.kind) {
    case 'all':
      return query;
    case 'supervisor':
      return query.whereIn(institutionColumn, function institutionsOfSupervisor(this: Knex.QueryBuilder) {
        this.select('id').from('institutions').where('supervisor_id', scope.supervisorId);
      }) as Q;
    case 'institution':
      return query.where(institutionColumn, scope.institutionId) as Q;
  }
}

export interface InstitutionRow {
  id: number;
  registration_number: string;
  name: string;
  supervisor_id: number;
  status: string;
  accepts_applications: boolean;
  town: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * Resolves the institution a write acts on: an institution profile acts on its own unless it
 * names another, a supervisor or state profile must name one. An institution outside the scope gives 404.
 */
export async function resolveInstitution(db: Db, profile: ActiveProfile, requested: number | null | undefined): Promise<InstitutionRow> {
  const institutionId = requested ?? (profile.scope.kind === 'institution' ? profile.scope.institutionId : null);
  if (!institutionId) {
    throw invalid('FIELD_REQUIRED', { lv: 'Norādiet izglītības iestādi.', en: 'Choose the education institution.' }, 'institutionId');
  }
  const institution = await applyScope(db<InstitutionRow>('institutions').where('id', institutionId), profile.scope, 'id').first();
  if (!institution) {
    throw notFound('INSTITUTION_NOT_FOUND', { lv: 'Izglītības iestāde nav atrasta.', en: 'Education institution not found.' });
  }
  return institution;
}
