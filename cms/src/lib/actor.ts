import type { Context } from 'koa';
import { unauthorized } from './errors';
import type { Actor } from './session';

export type ScopedActor = Actor & { profile: NonNullable<Actor['profile']> };

/** Returns the actor the panel-session policy put on the request. */
export function actorOf(ctx: Context): ScopedActor {
  const actor = ctx.state.actor as Actor | undefined;
  if (!actor?.profile) {
    throw unauthorized('SESSION_REQUIRED', {
      lv: 'Sesija nav aktīva. Lūdzu, pieslēdzieties.',
      en: 'Your session is not active. Please log in.',
    });
  }
  return actor as ScopedActor;
}
