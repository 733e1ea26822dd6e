import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import * as yup from 'yup';
import { actorOf } from '../../../lib/actor';
import { knexOf } from '../../../lib/db';
import { errorBody, notFound } from '../../../lib/errors';
import { requestLanguage } from '../../../lib/language';
import { camelize, parseListRequest, runList } from '../../../lib/list';
import { RESOURCE_LIST, resourceListQuery } from '../../../lib/resource-list';
import { readUploadedFile } from '../../../lib/upload';
import { parseId, validateInput } from '../../../lib/validation';
import type bulkLocationService from '../../resource/services/bulk-location';
import type bulkStatusService from '../../resource/services/bulk-status';
import type copyService from '../../resource/services/copy';
import type exportService from '../../resource/services/export';
import type importService from '../../resource/services/import';
import { MAX_IMPORT_BYTES } from '../../resource/services/import';
import type registrationService from '../../resource/services/registration';
import type writeOffService from '../../resource/services/write-off';

const formatSchema = yup.object({
  format: yup
    .string()
    .oneOf(['csv', 'xlsx'] as const)
    .default('xlsx'),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Returns a resource service with its own method types: Strapi types every service as a
   * record of `any` members, which would hide mistakes in the calls below.
   */
  function service<F extends (context: { strapi: Core.Strapi }) => object>(name: string): ReturnType<F> {
    return strapi.service(`api::resource.${name}` as UID.Service) as ReturnType<F>;
  }

  function baseQuery(ctx: Context) {
    return resourceListQuery(knexOf(strapi), actorOf(ctx).profile.scope);
  }

  async function respondWithResource(ctx: Context, id: number) {
    const row = await baseQuery(ctx).where('r.id', id).first();
    if (!row) {
      throw notFound('RESOURCE_NOT_FOUND', { lv: 'Resurss nav atrasts.', en: 'Resource not found.' });
    }
    ctx.body = camelize(row);
  }

  function sendFile(ctx: Context, file: { fileName: string; contentType: string }, body: Context['body']) {
    ctx.set('Content-Type', file.contentType);
    ctx.set('Content-Disposition', `attachment; filename="${file.fileName}"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  }

  return {
    async find(ctx: Context) {
      const request = parseListRequest(ctx, { field: 'number', order: 'desc' });
      ctx.body = await runList(ctx, baseQuery(ctx), RESOURCE_LIST, request);
    },

    async findOne(ctx: Context) {
      const id = parseId(ctx.params.id);
      const row = await baseQuery(ctx).where('r.id', id).first();
      if (!row) {
        throw notFound('RESOURCE_NOT_FOUND', { lv: 'Resurss nav atrasts.', en: 'Resource not found.' });
      }
      const history = await knexOf(strapi)('resource_status_changes as h')
        .leftJoin('up_users as u', 'u.id', 'h.user_id')
        .where('h.resource_id', id)
        .orderBy('h.changed_at', 'desc')
        .orderBy('h.id', 'desc')
        .select('h.from_status', 'h.to_status', 'h.changed_at', 'h.reason', 'u.first_name', 'u.last_name');
      ctx.body = { ...camelize(row), history: history.map(camelize) };
    },

    async create(ctx: Context) {
      const created = await service<typeof registrationService>('registration').create(actorOf(ctx), ctx.request.body);
      ctx.status = 201;
      ctx.body = { id: created.id, number: created.number };
    },

    async update(ctx: Context) {
      const { id } = await service<typeof registrationService>('registration').update(actorOf(ctx), ctx.params.id, ctx.request.body);
      await respondWithResource(ctx, id);
    },

    async copy(ctx: Context) {
      ctx.status = 201;
      ctx.body = await service<typeof copyService>('copy').copy(actorOf(ctx), ctx.params.id, ctx.request.body);
    },

    async writeOff(ctx: Context) {
      const { id } = await service<typeof writeOffService>('write-off').writeOff(actorOf(ctx), ctx.params.id, ctx.request.body);
      await respondWithResource(ctx, id);
    },

    async bulkWriteOff(ctx: Context) {
      ctx.body = await service<typeof writeOffService>('write-off').writeOffMany(actorOf(ctx), ctx.request.body);
    },

    async bulkStatus(ctx: Context) {
      ctx.body = await service<typeof bulkStatusService>('bulk-status').changeStatus(actorOf(ctx), ctx.request.body);
    },

    async bulkLocation(ctx: Context) {
      ctx.body = await service<typeof bulkLocationService>('bulk-location').changeLocation(actorOf(ctx), ctx.request.body);
    },

    async importTemplate(ctx: Context) {
      const { format } = validateInput(formatSchema, ctx.query);
      const file = await service<typeof importService>('import').template(format);
      sendFile(ctx, file, file.content);
    },

    /**
     * Imports a CSV or XLSX file sent as the multipart part "file" (at most MAX_IMPORT_BYTES)
     * or as a raw text/csv body. A supervisor or state profile names the institution with the
     * institutionId query parameter or form field. A rejected file gets 422 IMPORT_INVALID
     * with every problem as { row, column, message } in error.details.errors, its messages in
     * the language of the Accept-Language header like every other error.
     */
    async import(ctx: Context) {
      const actor = actorOf(ctx);
      const file = await readUploadedFile(ctx, 'file', MAX_IMPORT_BYTES);
      const body = ctx.request.body as Record<string, unknown> | string | undefined;
      const institutionId = ctx.query.institutionId ?? (typeof body === 'object' ? body?.institutionId : undefined);
      const outcome = await service<typeof importService>('import').importFile(actor, file, institutionId);
      if (outcome.ok) {
        ctx.status = 201;
        ctx.body = { created: outcome.created, numbers: outcome.numbers };
        return;
      }
      const language = requestLanguage(ctx);
      const errors = outcome.errors.map((problem) => ({ row: problem.row, column: problem.column, message: problem.message[language] }));
      ctx.status = 422;
      ctx.set('Content-Language', language);
      ctx.body = errorBody(
        {
          status: 422,
          code: 'IMPORT_INVALID',
          messages: {
            lv: `Fails netika importēts: atrastas ${outcome.errorCount} kļūdas. Izlabojiet tās un importējiet failu vēlreiz.`,
            en: `The file was not imported because it has ${outcome.errorCount} error${outcome.errorCount === 1 ? '' : 's'}. Correct them and import the file again.`,
          },
          details: { errors, errorCount: outcome.errorCount },
        },
        language,
      );
    },

    async export(ctx: Context) {
      const { format } = validateInput(formatSchema, ctx.query);
      const request = parseListRequest(ctx, { field: 'number', order: 'desc' });
      const file = await service<typeof exportService>('export').exportList(actorOf(ctx), request, format);
      sendFile(ctx, file, file.body);
    },
  };
};
