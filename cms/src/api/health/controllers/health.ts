import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { knexOf } from '../../../lib/db';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Returns 200 when PostgreSQL runs a query, 503 otherwise. */
  async check(ctx: Context) {
    const started = Date.now();
    try {
      await knexOf(strapi).raw('SELECT 1');
      ctx.body = { status: 'ok', database: { status: 'ok', latencyMs: Date.now() - started } };
    } catch (error) {
      strapi.log.error(`Health check: database query failed: ${(error as Error).message}`);
      ctx.status = 503;
      ctx.body = { status: 'error', database: { status: 'unavailable' } };
    }
  },
});
