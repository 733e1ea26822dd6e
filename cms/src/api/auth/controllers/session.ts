import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import * as yup from 'yup';
import { loadConfig } from '@rumis/config';
import { knexOf } from '../../../lib/db';
import { forbidden, notFound, unauthorized } from '../../../lib/errors';
import { camelize } from '../../../lib/list';
import {
  clearSessionCookie,
  createSession,
  deleteSession,
  isProfileUsable,
  loadActor,
  selectSessionProfile,
  setSessionCookie,
} from '../../../lib/session';
import { idField, validateInput } from '../../../lib/validation';

const devLoginSchema = yup.object({ userId: idField().required() }).noUnknown();
const profileSchema = yup.object({ profileId: idField().required() }).noUnknown();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = loadConfig();

  /** Lists the user's profiles with the names of their objects and whether each can act now. */
  async function profilesOf(userId: number) {
    const rows = await knexOf(strapi)('profiles as p')
      .leftJoin('supervisors as sv', 'sv.id', 'p.supervisor_id')
      .leftJoin('institutions as i', 'i.id', 'p.institution_id')
      .where('p.user_id', userId)
      .orderBy('p.id')
      .select('p.id', 'p.level', 'p.supervisor_id', 'sv.name as supervisor_name', 'p.institution_id', 'i.name as institution_name', 'p.roles', 'p.valid_until', 'p.blocked', 'p.job_title');
    return rows.map((row): Record<string, unknown> & { id: number; usable: boolean } => ({ ...camelize(row), id: row.id, usable: isProfileUsable(row) }));
  }

  function requireDevLogin() {
    if (!config.authDevLogin) {
      throw notFound('DEV_LOGIN_DISABLED', {
        lv: 'Izstrādes pieslēgšanās šajā serverī ir izslēgta.',
        en: 'The development login is turned off on this server.',
      });
    }
  }

  return {
    /** Returns the logged-in user, their profiles and the active one, or 401 without a session. */
    async current(ctx: Context) {
      const actor = await loadActor(strapi, ctx);
      if (!actor) {
        throw unauthorized('SESSION_REQUIRED', {
          lv: 'Sesija nav aktīva. Lūdzu, pieslēdzieties.',
          en: 'Your session is not active. Please log in.',
        });
      }
      const user = await knexOf(strapi)('up_users').where('id', actor.userId).first('id', 'first_name', 'last_name');
      ctx.body = {
        user: camelize(user),
        profiles: await profilesOf(actor.userId),
        activeProfileId: actor.profile?.id ?? null,
      };
    },

    /** Demo persons for the development login page: names and profiles, never personal codes. */
    async devPersons(ctx: Context) {
      requireDevLogin();
      const users = await knexOf(strapi)('up_users').where('blocked', false).whereNotNull('personal_code').orderBy('id').select('id', 'first_name', 'last_name');
      ctx.body = await Promise.all(users.map(async (user) => ({ ...camelize(user), profiles: await profilesOf(user.id) })));
    },

    async devLogin(ctx: Context) {
      requireDevLogin();
      const input = validateInput(devLoginSchema, ctx.request.body);
      const user = await knexOf(strapi)('up_users').where('id', input.userId).first('id', 'blocked');
      if (!user) {
        throw notFound('USER_NOT_FOUND', { lv: 'Lietotājs nav atrasts.', en: 'User not found.' });
      }
      if (user.blocked) {
        throw forbidden('USER_BLOCKED', { lv: 'Lietotājs ir bloķēts.', en: 'The user is blocked.' });
      }
      // With exactly one usable profile there is nothing to choose, so the session starts with it.
      const usable = (await profilesOf(user.id)).filter((profile) => profile.usable);
      const profileId = usable.length === 1 ? usable[0].id : null;
      const token = await createSession(strapi, user.id, config.sessionTtlMinutes, profileId);
      setSessionCookie(ctx, token, config.sessionTtlMinutes, config.publicUrl.startsWith('https://'));
      ctx.body = { activeProfileId: profileId };
    },

    /** Switches the session to another of the user's profiles; the profile must be usable. */
    async selectProfile(ctx: Context) {
      const actor = await loadActor(strapi, ctx);
      if (!actor) {
        throw unauthorized('SESSION_REQUIRED', {
          lv: 'Sesija nav aktīva. Lūdzu, pieslēdzieties.',
          en: 'Your session is not active. Please log in.',
        });
      }
      const input = validateInput(profileSchema, ctx.request.body);
      const profile = await knexOf(strapi)('profiles').where({ id: input.profileId, user_id: actor.userId }).first('id', 'blocked', 'valid_until');
      if (!profile) {
        throw notFound('PROFILE_NOT_FOUND', { lv: 'Profils nav atrasts.', en: 'Profile not found.' });
      }
      if (!isProfileUsable(profile)) {
        throw forbidden('PROFILE_NOT_USABLE', {
          lv: 'Profils ir bloķēts vai tā derīguma termiņš ir beidzies.',
          en: 'The profile is blocked or has expired.',
        });
      }
      await selectSessionProfile(strapi, actor.sessionHash, profile.id);
      ctx.body = { activeProfileId: profile.id };
    },

    async logout(ctx: Context) {
      const actor = await loadActor(strapi, ctx);
      if (actor) {
        await deleteSession(strapi, actor.sessionHash);
      }
      clearSessionCookie(ctx);
      ctx.body = { ok: true };
    },
  };
};
