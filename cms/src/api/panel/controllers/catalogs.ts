import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { actorOf } from '../../../lib/actor';
import { knexOf } from '../../../lib/db';
import { notFound } from '../../../lib/errors';
import { asIdList, camelize, likePattern, parseListRequest, runList, type ListDefinition } from '../../../lib/list';
import { applyScope } from '../../../lib/scope';
import { parseId } from '../../../lib/validation';

const institutionList: ListDefinition = {
  name: 'institutions',
  sortable: { id: 'i.id', name: 'i.name', registrationNumber: 'i.registration_number', town: 'i.town', status: 'i.status', supervisorName: 'sv.name' },
  filters: {
    q: (query, value) => {
      const pattern = likePattern(String(value));
      query.where((inner: Knex.QueryBuilder) => inner.whereILike('i.name', pattern).orWhereILike('i.registration_number', pattern).orWhereILike('i.town', pattern));
    },
    id: (query, value) => query.whereIn('i.id', asIdList(value, 'id')),
    supervisorId: (query, value) => query.whereIn('i.supervisor_id', asIdList(value, 'supervisorId')),
    status: (query, value) => query.where('i.status', String(value)),
  },
};

const supervisorList: ListDefinition = {
  name: 'supervisors',
  sortable: { id: 'sv.id', name: 'sv.name', code: 'sv.code' },
  filters: {
    q: (query, value) => {
      const pattern = likePattern(String(value));
      query.where((inner: Knex.QueryBuilder) => inner.whereILike('sv.name', pattern).orWhereILike('sv.code', pattern));
    },
    id: (query, value) => query.whereIn('sv.id', asIdList(value, 'id')),
    kind: (query, value) => query.where('sv.kind', String(value)),
  },
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  function institutions(ctx: Context) {
    const query = knexOf(strapi)('institutions as i')
      .join('supervisors as sv', 'sv.id', 'i.supervisor_id')
      .select('i.id', 'i.registration_number', 'i.name', 'i.address', 'i.town', 'i.supervisor_id', 'sv.name as supervisor_name', 'i.email', 'i.phone', 'i.status', 'i.accepts_applications');
    return applyScope(query, actorOf(ctx).profile.scope, 'i.id');
  }

  return {
    /** Lists every code list entry with both labels, which the panel uses to translate codes. */
    async codeLists(ctx: Context) {
      const rows = await knexOf(strapi)('code_list_entries').orderBy(['list', 'position']).select('list', 'code', 'label_lv', 'label_en');
      ctx.set('Content-Range', `code-lists 0-${Math.max(rows.length - 1, 0)}/${rows.length}`);
      ctx.body = rows.map((row, index) => ({ id: index + 1, ...camelize(row) }));
    },

    async subtypes(ctx: Context) {
      const rows = await knexOf(strapi)('resource_subtypes as s')
        .leftJoin('resource_subtypes_type_lnk as l', 'l.resource_subtype_id', 's.id')
        .where('s.active', true)
        .orderBy('s.id')
        .select('s.id', 's.code', 's.label_lv', 's.label_en', 'l.resource_type_id as type_id', 's.parameters');
      ctx.set('Content-Range', `resource-subtypes 0-${Math.max(rows.length - 1, 0)}/${rows.length}`);
      ctx.body = rows.map(camelize);
    },

    /** Supervisors (municipalities and the ministry), which every profile may see by name. */
    async supervisors(ctx: Context) {
      const request = parseListRequest(ctx, { field: 'name', order: 'asc' });
      const query = knexOf(strapi)('supervisors as sv').select('sv.id', 'sv.code', 'sv.name', 'sv.kind');
      ctx.body = await runList(ctx, query, supervisorList, request);
    },

    async socialStatuses(ctx: Context) {
      const rows = await knexOf(strapi)('social_statuses').where('active', true).orderBy('id').select('id', 'code', 'label_lv', 'label_en');
      ctx.set('Content-Range', `social-statuses 0-${Math.max(rows.length - 1, 0)}/${rows.length}`);
      ctx.body = rows.map(camelize);
    },

    async institutions(ctx: Context) {
      const request = parseListRequest(ctx, { field: 'name', order: 'asc' });
      ctx.body = await runList(ctx, institutions(ctx), institutionList, request);
    },

    async institution(ctx: Context) {
      const id = parseId(ctx.params.id);
      const row = await institutions(ctx).where('i.id', id).first();
      if (!row) {
        throw notFound('INSTITUTION_NOT_FOUND', { lv: 'Izglītības iestāde nav atrasta.', en: 'Education institution not found.' });
      }
      ctx.body = camelize(row);
    },
  };
};
