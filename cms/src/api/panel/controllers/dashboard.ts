import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../../../lib/actor';
import type dashboardService from '../../resource/services/dashboard';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Tile data of the resource manager's dashboard: counts by status and subtype, stale statuses. */
  async resources(ctx: Context) {
    // Strapi types every service as a record of `any` members; this names the real type.
    const dashboard = strapi.service('api::resource.dashboard' as UID.Service) as ReturnType<typeof dashboardService>;
    ctx.body = await dashboard.summarize(actorOf(ctx));
  },
});
