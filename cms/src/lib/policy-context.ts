import type { Context, Request } from 'koa';

/**
 * Context Strapi passes to a route policy: a copy of the Koa context's own fields (state, request,
 * response), without the prototype's helpers such as ctx.get and ctx.cookies. The full context
 * is reachable as request.ctx.
 */
export interface PolicyContext {
  state: Context['state'];
  request: Request & { ctx: Context };
}
