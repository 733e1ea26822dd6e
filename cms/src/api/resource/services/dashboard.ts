import type { Core } from '@strapi/strapi';
import { loadConfig } from '@rumis/config';
import type { ScopedActor } from '../../../lib/actor';
import { knexOf } from '../../../lib/db';
import { applyScope } from '../../../lib/scope';
import { whereStale } from '../../../lib/resource-list';

/** Resources the stale tile lists at most. */
const STALE_SAMPLE_SIZE = 10;

export interface ResourceDashboard {
  byStatus: Array<{ status: string; count: number }>;
  bySubtype: Array<{ subtypeId: number; subtypeLabel: string; count: number }>;
  stale: { days: number; count: number; sample: Array<{ id: number; number: string; status: string; statusConfirmedAt: Date | null }> };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const staleDays = loadConfig().resourceStaleDays;

  return {
    /**
     * Counts the scoped resources by status and by subtype, and finds those whose status has not
     * been confirmed for RESOURCE_STALE_DAYS days. Changes must be registered within that time,
     * so these are the resources a stocktake has not covered. Written-off resources need no
     * confirmation and are not stale. PostgreSQL does every count.
     */
    async summarize(actor: ScopedActor): Promise<ResourceDashboard> {
      const knex = knexOf(strapi);
      const scope = actor.profile.scope;
      const days = staleDays;

      const byStatus: Array<{ status: string; count: string }> = await applyScope(knex('resources as r'), scope, 'r.institution_id')
        .groupBy('r.status')
        .orderBy('r.status')
        .select('r.status')
        .count({ count: '*' });
      const bySubtype: Array<{ subtype_id: number; subtype_label: string; count: string }> = await applyScope(
        knex('resources as r').join('resource_subtypes as s', 's.id', 'r.subtype_id'),
        scope,
        'r.institution_id',
      )
        .groupBy('s.id', 's.label_lv')
        .orderBy('s.label_lv')
        .select('s.id as subtype_id', 's.label_lv as subtype_label')
        .count({ count: '*' });

      const staleQuery = () => whereStale(applyScope(knex('resources as r'), scope, 'r.institution_id'), days);
      const [{ count: staleCount }] = await staleQuery().count({ count: '*' });
      const sample: Array<{ id: number; number: string; status: string; status_confirmed_at: Date | null }> = await staleQuery()
        .orderByRaw('r.status_confirmed_at ASC NULLS FIRST, r.id ASC')
        .limit(STALE_SAMPLE_SIZE)
        .select('r.id', 'r.number', 'r.status', 'r.status_confirmed_at');

      return {
        byStatus: byStatus.map((row) => ({ status: row.status, count: Number(row.count) })),
        bySubtype: bySubtype.map((row) => ({ subtypeId: row.subtype_id, subtypeLabel: row.subtype_label, count: Number(row.count) })),
        stale: {
          days,
          count: Number(staleCount),
          sample: sample.map((row) => ({ id: row.id, number: row.number, status: row.status, statusConfirmedAt: row.status_confirmed_at })),
        },
      };
    },
  };
};
