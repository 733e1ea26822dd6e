import type { Knex } from 'knex';
import { loadConfig } from '@rumis/config';
import type { Scope } from '@rumis/access';
import { RESOURCE_STATUSES } from '../domain/resource-status';
import { asIdList, asStringList, likePattern, type ListDefinition } from './list';
import { applyScope } from './scope';

const COLUMNS = [
  'r.id',
  'r.number',
  'r.institution_id',
  'i.name as institution_name',
  'r.type_id',
  'r.subtype_id',
  's.label_lv as subtype_label',
  'r.manufacturer',
  'r.model',
  'r.serial_number',
  'r.inventory_number',
  'r.manufacture_year',
  'r.own_name',
  'r.resource_group',
  'r.acquisition_type',
  'r.funding_programme',
  'r.acquisition_date',
  'r.value_eur',
  'r.usage_purpose',
  'r.target_group',
  'r.social_support',
  'r.location',
  'r.status',
  'r.parameters',
  'r.notes',
  'r.status_confirmed_at',
  'r.written_off_on',
  'r.write_off_reason',
  'r.updated_at',
];

/**
 * Sorting and filters of the resource list. The panel list and the export share them, so an
 * export contains exactly the rows the list shows. Free-text search uses ILIKE, which folds
 * Latvian letters (Š and š) under the builtin C.UTF-8 locale the embedded PostgreSQL is
 * initialised with.
 * NOTE: a server whose database uses the plain C locale folds only ASCII letters in ILIKE.
 */
export const RESOURCE_LIST: ListDefinition = {
  name: 'resources',
  sortable: {
    id: 'r.id',
    number: 'r.sequence',
    model: 'r.model',
    manufacturer: 'r.manufacturer',
    serialNumber: 'r.serial_number',
    inventoryNumber: 'r.inventory_number',
    status: 'r.status',
    location: 'r.location',
    subtypeLabel: 's.label_lv',
    institutionName: 'i.name',
    statusConfirmedAt: 'r.status_confirmed_at',
    updatedAt: 'r.updated_at',
  },
  filters: {
    q: (query, value) => {
      const pattern = likePattern(String(value));
      query.where((inner: Knex.QueryBuilder) =>
        inner
          .whereILike('r.number', pattern)
          .orWhereILike('r.serial_number', pattern)
          .orWhereILike('r.inventory_number', pattern)
          .orWhereILike('r.model', pattern)
          .orWhereILike('r.manufacturer', pattern)
          .orWhereILike('r.own_name', pattern),
      );
    },
    id: (query, value) => query.whereIn('r.id', asIdList(value, 'id')),
    institutionId: (query, value) => query.whereIn('r.institution_id', asIdList(value, 'institutionId')),
    subtypeId: (query, value) => query.whereIn('r.subtype_id', asIdList(value, 'subtypeId')),
    status: (query, value) => query.whereIn('r.status', asStringList(value, 'status', RESOURCE_STATUSES)),
    location: (query, value) => query.whereIn('r.location', asStringList(value, 'location')),
    usagePurpose: (query, value) => query.whereIn('r.usage_purpose', asStringList(value, 'usagePurpose')),
    targetGroup: (query, value) => query.whereIn('r.target_group', asStringList(value, 'targetGroup')),
    fundingProgramme: (query, value) => query.whereIn('r.funding_programme', asStringList(value, 'fundingProgramme')),
    resourceGroup: (query, value) => query.where('r.resource_group', String(value)),
    socialSupport: (query, value) => query.where('r.social_support', value === true || value === 'true'),
    stale: (query, value) => {
      if (value === true || value === 'true') {
        whereStale(query, loadConfig().resourceStaleDays);
      }
    },
  },
};

/**
 * Narrows to resources whose status has not been confirmed for the given number of days, the
 * ones a stocktake has not covered. Written-off resources need no confirmation.
 */
export function whereStale<Q extends Knex.QueryBuilder>(query: Q, days: number): Q {
  // status_confirmed_at is written from JavaScript Dates, so the cut-off is one as well.
  const cutoff = new Date(Date.now() - days * 86_400_000);
  return query
    .whereNot('r.status', 'written_off')
    .where((inner: Knex.QueryBuilder) => inner.whereNull('r.status_confirmed_at').orWhere('r.status_confirmed_at', '<', cutoff)) as Q;
}

/** Resources with their institution and subtype names, narrowed to the scope. */
export function resourceListQuery(knex: Knex, scope: Scope, columns: ReadonlyArray<string | Knex.Raw> = COLUMNS): Knex.QueryBuilder {
  const query = knex('resources as r')
    .join('institutions as i', 'i.id', 'r.institution_id')
    .join('resource_subtypes as s', 's.id', 'r.subtype_id')
    .select(columns);
  return applyScope(query, scope, 'r.institution_id');
}
