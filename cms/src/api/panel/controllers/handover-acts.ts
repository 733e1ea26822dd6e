import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import * as yup from 'yup';
import { actorOf } from '../../../lib/actor';
import { knexOf } from '../../../lib/db';
import { notFound } from '../../../lib/errors';
import { asIdList, asStringList, camelize, likePattern, parseListRequest, runList, type ListDefinition } from '../../../lib/list';
import { applyScope } from '../../../lib/scope';
import { parseId, validateInput } from '../../../lib/validation';
import { HANDOVER_STATUSES } from '../../../domain/handover-rules';

const COLUMNS = [
  'h.id',
  'h.number',
  'h.status',
  'h.institution_id',
  'i.name as institution_name',
  'h.application_id',
  'a.number as application_number',
  'a.user_first_name',
  'a.user_last_name',
  'a.applicant_first_name',
  'a.applicant_last_name',
  'h.resource_id',
  'r.number as resource_number',
  'r.manufacturer as resource_manufacturer',
  'r.model as resource_model',
  'r.serial_number as resource_serial_number',
  'h.return_deadline',
  'h.condition_at_issue',
  'h.prepared_at',
  'h.issued_on',
  'h.received_by',
  'h.recipient_name',
  'h.returned_on',
  'h.return_condition',
  'h.return_notes',
  'h.circumstances',
  'h.cancel_reason',
  'h.created_at',
];

const definition: ListDefinition = {
  name: 'handover-acts',
  sortable: {
    id: 'h.id',
    number: 'h.sequence',
    status: 'h.status',
    returnDeadline: 'h.return_deadline',
    issuedOn: 'h.issued_on',
    createdAt: 'h.created_at',
    userLastName: 'a.user_last_name',
    institutionName: 'i.name',
  },
  filters: {
    q: (query, value) => {
      const pattern = likePattern(String(value));
      query.where((inner: Knex.QueryBuilder) =>
        inner
          .whereILike('h.number', pattern)
          .orWhereILike('a.number', pattern)
          .orWhereILike('r.number', pattern)
          .orWhereILike('a.user_last_name', pattern)
          .orWhereILike('r.serial_number', pattern),
      );
    },
    id: (query, value) => query.whereIn('h.id', asIdList(value, 'id')),
    institutionId: (query, value) => query.whereIn('h.institution_id', asIdList(value, 'institutionId')),
    applicationId: (query, value) => query.whereIn('h.application_id', asIdList(value, 'applicationId')),
    resourceId: (query, value) => query.whereIn('h.resource_id', asIdList(value, 'resourceId')),
    status: (query, value) => query.whereIn('h.status', asStringList(value, 'status', HANDOVER_STATUSES)),
  },
};

const documentQuerySchema = yup
  .object({
    format: yup.string().oneOf(['docx', 'pdf']).default('docx'),
    kind: yup.string().oneOf(['handover-act', 'return-act']).default('handover-act'),
  })
  .noUnknown();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  function baseQuery(ctx: Context) {
    const query = knexOf(strapi)('handover_acts as h')
      .join('institutions as i', 'i.id', 'h.institution_id')
      .join('applications as a', 'a.id', 'h.application_id')
      .join('resources as r', 'r.id', 'h.resource_id')
      .select(COLUMNS);
    return applyScope(query, actorOf(ctx).profile.scope, 'h.institution_id');
  }

  async function respondWithAct(ctx: Context, id: number) {
    const row = await baseQuery(ctx).where('h.id', id).first();
    if (!row) {
      throw notFound('HANDOVER_ACT_NOT_FOUND', { lv: 'Pieņemšanas-nodošanas akts nav atrasts.', en: 'Handover act not found.' });
    }
    ctx.body = camelize(row);
  }

  const workflow = () => strapi.service('api::handover-act.workflow');

  return {
    async find(ctx: Context) {
      const request = parseListRequest(ctx, { field: 'number', order: 'desc' });
      ctx.body = await runList(ctx, baseQuery(ctx), definition, request);
    },

    async findOne(ctx: Context) {
      await respondWithAct(ctx, parseId(ctx.params.id));
    },

    async prepare(ctx: Context) {
      const result = await workflow().prepare(actorOf(ctx), ctx.params.id, ctx.request.body);
      await respondWithAct(ctx, result.id);
    },

    async issue(ctx: Context) {
      const result = await workflow().issue(actorOf(ctx), ctx.params.id, ctx.request.body);
      await respondWithAct(ctx, result.id);
    },

    async recordReturn(ctx: Context) {
      const result = await workflow().recordReturn(actorOf(ctx), ctx.params.id, ctx.request.body);
      await respondWithAct(ctx, result.id);
    },

    async recordLoss(ctx: Context) {
      const result = await workflow().recordLoss(actorOf(ctx), ctx.params.id, ctx.request.body);
      await respondWithAct(ctx, result.id);
    },

    async cancel(ctx: Context) {
      const result = await workflow().cancel(actorOf(ctx), ctx.params.id, ctx.request.body);
      await respondWithAct(ctx, result.id);
    },

    /** Generates the handover or return act from the applicable template as DOCX or PDF. */
    async document(ctx: Context) {
      const id = parseId(ctx.params.id);
      const query = validateInput(documentQuerySchema, ctx.query);
      const actor = actorOf(ctx);
      const file = await strapi.service('api::handover-act.document').render(actor, id, query.kind, query.format);
      ctx.set('Content-Type', file.contentType);
      ctx.set('Content-Disposition', `attachment; filename="${file.fileName}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = file.content;
    },
  };
};
