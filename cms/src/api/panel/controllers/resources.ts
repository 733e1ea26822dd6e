import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { actorOf } from '../../../lib/actor';
import { knexOf } from '../../../lib/db';
import { notFound } from '../../../lib/errors';
import { asIdList, asStringList, camelize, likePattern, parseListRequest, runList, type ListDefinition } from '../../../lib/list';
import { applyScope } from '../../../lib/scope';
import { parseId } from '../../../lib/validation';
import { RESOURCE_STATUSES } from '../../../domain/resource-status';

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
  'r.updated_at',
];

const definition: ListDefinition = {
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
          .orWhereILike('r.manufacturer', pattern),
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
  },
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  function baseQuery(ctx: Context) {
    const knex = knexOf(strapi);
    const query = knex('resources as r')
      .join('institutions as i', 'i.id', 'r.institution_id')
      .join('resource_subtypes as s', 's.id', 'r.subtype_id')
      .select(COLUMNS);
    return applyScope(query, actorOf(ctx).profile.scope, 'r.institution_id');
  }

  return {
    async find(ctx: Context) {
      const request = parseListRequest(ctx, { field: 'number', order: 'desc' });
      ctx.body = await runList(ctx, baseQuery(ctx), definition, request);
    },

    async findOne(ctx: Context) {
      const id = parseId(ctx.params.id);
      const row = await baseQuery(ctx).where('r.id', id).first();
      if (!row) {
        throw notFound('RESOURCE_NOT_FOUND', 'Resurss nav atrasts.');
      }
      const knex = knexOf(strapi);
      const history = await knex('resource_status_changes as h')
        .leftJoin('up_users as u', 'u.id', 'h.user_id')
        .where('h.resource_id', id)
        .orderBy('h.changed_at', 'desc')
        .orderBy('h.id', 'desc')
        .select('h.from_status', 'h.to_status', 'h.changed_at', 'h.reason', 'u.first_name', 'u.last_name');
      ctx.body = { ...camelize(row), history: history.map(camelize) };
    },

    async create(ctx: Context) {
      const created = await strapi.service('api::resource.registration').create(actorOf(ctx), ctx.request.body);
      ctx.status = 201;
      ctx.body = { id: created.id, number: created.number };
    },

    async update(ctx: Context) {
      const actor = actorOf(ctx);
      await strapi.service('api::resource.registration').update(actor, ctx.params.id, ctx.request.body);
      const row = await baseQuery(ctx).where('r.id', Number(ctx.params.id)).first();
      ctx.body = camelize(row);
    },
  };
};
