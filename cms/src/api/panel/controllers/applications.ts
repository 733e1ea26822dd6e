import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { actorOf } from '../../../lib/actor';
import { knexOf } from '../../../lib/db';
import { notFound } from '../../../lib/errors';
import { asIdList, asStringList, camelize, likePattern, parseListRequest, runList, type ListDefinition } from '../../../lib/list';
import { applyScope } from '../../../lib/scope';
import { parseId } from '../../../lib/validation';
import { APPLICATION_STATUSES, DECISION_DEADLINE_DAYS } from '../../../domain/application-rules';

/**
 * Columns of the list. The decision deadline is 10 calendar days after submission, counted in
 * Latvian time; days_left is null once the application is no longer open. submitted_at is a UTC
 * timestamp without a time zone, so it is read as UTC before it is turned into Riga time.
 */
function columns(knex: Knex) {
  return [
    'a.id',
    'a.number',
    'a.submitted_at',
    'a.source',
    'a.institution_id',
    'i.name as institution_name',
    'a.subtype_id',
    's.label_lv as subtype_label',
    'a.applicant_first_name',
    'a.applicant_last_name',
    'a.applicant_role',
    'a.user_first_name',
    'a.user_last_name',
    'a.user_kind',
    'a.grade',
    'a.class_letter',
    'a.social_support',
    'a.social_statuses',
    'a.status',
    'a.decision_reason',
    'a.duplicate_elsewhere',
    knex.raw(`((a.submitted_at AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Riga')::date + ${DECISION_DEADLINE_DAYS}) as decision_due`),
    knex.raw(
      `CASE WHEN a.status IN ('submitted', 'postponed') THEN ((a.submitted_at AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Riga')::date + ${DECISION_DEADLINE_DAYS}) - (now() AT TIME ZONE 'Europe/Riga')::date END as days_left`,
    ),
    'act.id as act_id',
    'act.number as act_number',
    'act.status as act_status',
  ];
}

const definition: ListDefinition = {
  name: 'applications',
  sortable: {
    id: 'a.id',
    number: 'a.sequence',
    submittedAt: 'a.submitted_at',
    status: 'a.status',
    userLastName: 'a.user_last_name',
    subtypeLabel: 's.label_lv',
    institutionName: 'i.name',
    decisionDue: 'a.submitted_at',
    daysLeft: 'a.submitted_at',
  },
  filters: {
    q: (query, value) => {
      const pattern = likePattern(String(value));
      query.where((inner: Knex.QueryBuilder) =>
        inner
          .whereILike('a.number', pattern)
          .orWhereILike('a.user_last_name', pattern)
          .orWhereILike('a.user_first_name', pattern)
          .orWhereRaw("(a.user_first_name || ' ' || a.user_last_name) ILIKE ?", [pattern]),
      );
    },
    id: (query, value) => query.whereIn('a.id', asIdList(value, 'id')),
    institutionId: (query, value) => query.whereIn('a.institution_id', asIdList(value, 'institutionId')),
    subtypeId: (query, value) => query.whereIn('a.subtype_id', asIdList(value, 'subtypeId')),
    status: (query, value) => query.whereIn('a.status', asStringList(value, 'status', APPLICATION_STATUSES)),
    userKind: (query, value) => query.whereIn('a.user_kind', asStringList(value, 'userKind', ['learner', 'employee'])),
    overdue: (query, value) => {
      if (value === true || value === 'true') {
        query
          .whereIn('a.status', ['submitted', 'postponed'])
          .whereRaw(`((a.submitted_at AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Riga')::date + ${DECISION_DEADLINE_DAYS}) < (now() AT TIME ZONE 'Europe/Riga')::date`);
      }
    },
  },
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  function baseQuery(ctx: Context) {
    const knex = knexOf(strapi);
    const query = knex('applications as a')
      .join('institutions as i', 'i.id', 'a.institution_id')
      .join('resource_subtypes as s', 's.id', 'a.subtype_id')
      // The application's latest act that was not cancelled, so that a returned act stays visible but a
      // cancelled one does not suggest that the application still has a device. findOne lists every act.
      .joinRaw(
        "LEFT JOIN LATERAL (SELECT h.id, h.number, h.status FROM handover_acts h WHERE h.application_id = a.id AND h.status <> 'cancelled' ORDER BY h.id DESC LIMIT 1) act ON true",
      )
      .select(columns(knex));
    return applyScope(query, actorOf(ctx).profile.scope, 'a.institution_id');
  }

  return {
    async find(ctx: Context) {
      const request = parseListRequest(ctx, { field: 'submittedAt', order: 'desc' });
      ctx.body = await runList(ctx, baseQuery(ctx), definition, request);
    },

    /** Returns one application with the personal codes, which only the detail view includes. */
    async findOne(ctx: Context) {
      const id = parseId(ctx.params.id);
      const row = await baseQuery(ctx)
        .select(
          'a.applicant_personal_code',
          'a.applicant_email',
          'a.applicant_phone',
          'a.user_personal_code',
          'a.programme',
          'a.notes',
          'a.basis_document_number',
          'a.basis_document_date',
          'a.decided_at',
        )
        .where('a.id', id)
        .first();
      if (!row) {
        throw notFound('APPLICATION_NOT_FOUND', { lv: 'Pieteikums nav atrasts.', en: 'Application not found.' });
      }
      const history = await knexOf(strapi)('application_status_changes')
        .where('application_id', id)
        .orderBy('changed_at', 'desc')
        .orderBy('id', 'desc')
        .select('from_status', 'to_status', 'changed_at', 'reason');
      const acts = await knexOf(strapi)('handover_acts')
        .where('application_id', id)
        .orderBy('id', 'desc')
        .select('id', 'number', 'status', 'resource_id', 'return_deadline');
      ctx.body = { ...camelize(row), history: history.map(camelize), acts: acts.map(camelize) };
    },

    async create(ctx: Context) {
      const created = await strapi.service('api::application.submission').registerFromPanel(actorOf(ctx), ctx.request.body);
      ctx.status = 201;
      ctx.body = created;
    },

    async allocate(ctx: Context) {
      const result = await strapi.service('api::handover-act.allocation').allocate(actorOf(ctx), ctx.params.id, ctx.request.body);
      ctx.status = 201;
      ctx.body = { id: Number(ctx.params.id), ...result };
    },

    async decline(ctx: Context) {
      ctx.body = await strapi.service('api::application.decision').decline(actorOf(ctx), ctx.params.id, ctx.request.body);
    },

    async postpone(ctx: Context) {
      ctx.body = await strapi.service('api::application.decision').postpone(actorOf(ctx), ctx.params.id, ctx.request.body);
    },
  };
};
