import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { ACCESS_LEVELS } from '@rumis/access';
import { actorOf } from '../../../lib/actor';
import { applyProfileScope, applyUserScope } from '../../../lib/admin-scope';
import { knexOf } from '../../../lib/db';
import { notFound } from '../../../lib/errors';
import { asIdList, asStringList, camelize, likePattern, parseListRequest, runList, type ListDefinition } from '../../../lib/list';
import { isProfileUsable } from '../../../lib/session';
import { parseId } from '../../../lib/validation';

const PROFILE_COLUMNS = [
  'p.id',
  'p.user_id',
  'u.first_name as user_first_name',
  'u.last_name as user_last_name',
  'p.level',
  'p.supervisor_id',
  'sv.name as supervisor_name',
  'p.institution_id',
  'i.name as institution_name',
  'p.roles',
  'p.valid_until',
  'p.email',
  'p.phone',
  'p.job_title',
  'p.basis_document_number',
  'p.basis_document_date',
  'p.blocked',
];

const profileList: ListDefinition = {
  name: 'profiles',
  sortable: { id: 'p.id', level: 'p.level', userLastName: 'u.last_name', institutionName: 'i.name', validUntil: 'p.valid_until' },
  filters: {
    q: (query, value) => {
      const pattern = likePattern(String(value));
      query.where((inner: Knex.QueryBuilder) => inner.whereILike('u.last_name', pattern).orWhereILike('u.first_name', pattern).orWhereILike('p.job_title', pattern));
    },
    id: (query, value) => query.whereIn('p.id', asIdList(value, 'id')),
    userId: (query, value) => query.whereIn('p.user_id', asIdList(value, 'userId')),
    level: (query, value) => query.whereIn('p.level', asStringList(value, 'level', ACCESS_LEVELS)),
    institutionId: (query, value) => query.whereIn('p.institution_id', asIdList(value, 'institutionId')),
    supervisorId: (query, value) => query.whereIn('p.supervisor_id', asIdList(value, 'supervisorId')),
    blocked: (query, value) => query.where('p.blocked', value === true || value === 'true'),
  },
};

const userList: ListDefinition = {
  name: 'users',
  sortable: { id: 'u.id', lastName: 'u.last_name', firstName: 'u.first_name' },
  filters: {
    q: (query, value) => {
      const pattern = likePattern(String(value));
      query.where((inner: Knex.QueryBuilder) => inner.whereILike('u.last_name', pattern).orWhereILike('u.first_name', pattern));
    },
    id: (query, value) => query.whereIn('u.id', asIdList(value, 'id')),
    blocked: (query, value) => query.where('u.blocked', value === true || value === 'true'),
  },
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const administration = () => strapi.service('api::profile.administration');

  function profiles(ctx: Context) {
    const query = knexOf(strapi)('profiles as p')
      .join('up_users as u', 'u.id', 'p.user_id')
      .leftJoin('supervisors as sv', 'sv.id', 'p.supervisor_id')
      .leftJoin('institutions as i', 'i.id', 'p.institution_id')
      .select(PROFILE_COLUMNS);
    return applyProfileScope(query, actorOf(ctx).profile.scope);
  }

  function users(ctx: Context) {
    const knex = knexOf(strapi);
    const query = knex('up_users as u').whereNotNull('u.personal_code').select('u.id', 'u.first_name', 'u.last_name', 'u.blocked');
    return applyUserScope(query, actorOf(ctx).profile.scope, knex);
  }

  async function profileById(ctx: Context, id: number) {
    const row = await profiles(ctx).where('p.id', id).first();
    if (!row) {
      throw notFound('PROFILE_NOT_FOUND', { lv: 'Profils nav atrasts.', en: 'Profile not found.' });
    }
    return { ...camelize(row), usable: isProfileUsable(row) };
  }

  return {
    async findProfiles(ctx: Context) {
      const rows = await runList(ctx, profiles(ctx), profileList, parseListRequest(ctx, { field: 'id', order: 'desc' }));
      ctx.body = rows.map((row) => ({ ...row, usable: isProfileUsable({ blocked: Boolean(row.blocked), valid_until: (row.validUntil as string | null) ?? null }) }));
    },

    async findProfile(ctx: Context) {
      ctx.body = await profileById(ctx, parseId(ctx.params.id));
    },

    async createProfile(ctx: Context) {
      const created = await administration().createProfile(actorOf(ctx), ctx.request.body);
      ctx.status = 201;
      ctx.body = await profileById(ctx, created.id);
    },

    async updateProfile(ctx: Context) {
      const updated = await administration().updateProfile(actorOf(ctx), ctx.params.id, ctx.request.body);
      ctx.body = { ...(await profileById(ctx, updated.id)), sessionsEnded: updated.sessionsEnded };
    },

    async endProfile(ctx: Context) {
      const ended = await administration().endProfile(actorOf(ctx), ctx.params.id);
      ctx.body = await profileById(ctx, ended.id);
    },

    async findUsers(ctx: Context) {
      ctx.body = await runList(ctx, users(ctx), userList, parseListRequest(ctx, { field: 'lastName', order: 'asc' }));
    },

    /** Returns one person with the profiles the administrator manages. Only this view includes the personal code. */
    async findUser(ctx: Context) {
      const id = parseId(ctx.params.id);
      const user = await users(ctx).where('u.id', id).first('u.personal_code');
      if (!user) {
        throw notFound('USER_NOT_FOUND', { lv: 'Lietotājs nav atrasts.', en: 'User not found.' });
      }
      const managed = await profiles(ctx).where('p.user_id', id).orderBy('p.id');
      ctx.body = { ...camelize(user), profiles: managed.map((row) => ({ ...camelize(row), usable: isProfileUsable(row) })) };
    },

    async createUser(ctx: Context) {
      const result = await administration().createUser(actorOf(ctx), ctx.request.body);
      ctx.status = result.existing ? 200 : 201;
      ctx.body = result;
    },

    async updateUser(ctx: Context) {
      const result = await administration().updateUser(actorOf(ctx), ctx.params.id, ctx.request.body);
      const row = await knexOf(strapi)('up_users').where('id', result.id).first('id', 'first_name', 'last_name', 'blocked');
      ctx.body = camelize(row);
    },
  };
};
