import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../../../lib/actor';
import { knexOf } from '../../../lib/db';
import { camelize } from '../../../lib/list';
import { applyScope } from '../../../lib/scope';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const administration = () => strapi.service('api::institution.administration');

  async function respondWithContacts(ctx: Context) {
    const rows: Record<string, unknown>[] = await administration().contacts(actorOf(ctx), ctx.params.id);
    ctx.body = { id: Number(ctx.params.id), contacts: rows.map(camelize) };
  }

  async function respondWithSettings(ctx: Context) {
    const settings = await administration().settings(actorOf(ctx), ctx.params.id);
    ctx.body = { ...settings, subtypes: settings.subtypes.map(camelize) };
  }

  return {
    async update(ctx: Context) {
      const result = await administration().update(actorOf(ctx), ctx.params.id, ctx.request.body);
      const row = await applyScope(knexOf(strapi)('institutions as i').where('i.id', result.id), actorOf(ctx).profile.scope, 'i.id').first(
        'i.id', 'i.registration_number', 'i.name', 'i.address', 'i.town', 'i.supervisor_id', 'i.email', 'i.phone', 'i.status', 'i.accepts_applications',
      );
      ctx.body = camelize(row);
    },

    contacts: respondWithContacts,

    async replaceContacts(ctx: Context) {
      await administration().replaceContacts(actorOf(ctx), ctx.params.id, ctx.request.body);
      await respondWithContacts(ctx);
    },

    settings: respondWithSettings,

    async saveSettings(ctx: Context) {
      await administration().saveSettings(actorOf(ctx), ctx.params.id, ctx.request.body);
      await respondWithSettings(ctx);
    },

    async activate(ctx: Context) {
      ctx.body = await administration().activate(actorOf(ctx), ctx.params.id, ctx.request.body);
    },

    async deactivate(ctx: Context) {
      ctx.body = await administration().deactivate(actorOf(ctx), ctx.params.id);
    },
  };
};
