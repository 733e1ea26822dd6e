import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { loadConfig } from '@rumis/config';
import { deleteSession, loadActor, setSessionCookie } from '../../../lib/session';
import { LOGIN_ATTEMPT_COOKIE, LOGIN_ATTEMPT_TTL_MINUTES } from '../oidc/login-attempts';
import { isLoginRejection, renderLoginResultPage, type LoginRejection } from '../oidc/login-result-page';
import type { OidcService } from '../services/oidc';

/** The attempt cookie goes only to the login and callback routes. */
const ATTEMPT_COOKIE_PATH = '/api/session/oidc';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = loadConfig();
  const secureCookies = config.publicUrl.startsWith('https://');
  const publicUrl = new URL(config.publicUrl);
  // Strapi's service registry returns an untyped object; the service file defines its shape.
  const oidc = () => strapi.service('api::auth.oidc') as OidcService;

  function showRejection(ctx: Context, rejection: LoginRejection) {
    ctx.set('Cache-Control', 'no-store');
    ctx.redirect(`/api/session/login-result?reason=${rejection}`);
  }

  return {
    /** Starts a latvija.lv login: remembers the attempt in a cookie and redirects to the provider. */
    async login(ctx: Context) {
      // Cookies belong to one host name, and the provider returns to PUBLIC_URL. A login started
      // at another name of this server (127.0.0.1 for localhost) would come back without its
      // attempt cookie, so it starts again at the public address.
      if (ctx.hostname !== publicUrl.hostname) {
        ctx.set('Cache-Control', 'no-store');
        ctx.redirect(new URL(ctx.path, publicUrl).href);
        return;
      }
      const start = await oidc().beginLogin();
      if (start.result === 'rejected') {
        showRejection(ctx, start.rejection);
        return;
      }
      // SameSite=Lax, because the callback is a top-level navigation from the provider's site.
      ctx.cookies.set(LOGIN_ATTEMPT_COOKIE, start.attemptId, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        maxAge: LOGIN_ATTEMPT_TTL_MINUTES * 60_000,
        path: ATTEMPT_COOKIE_PATH,
        overwrite: true,
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.redirect(start.authorizationUrl);
    },

    /** Handles the provider's redirect back: on success starts a session and opens the panel. */
    async callback(ctx: Context) {
      const attemptId = ctx.cookies.get(LOGIN_ATTEMPT_COOKIE);
      ctx.cookies.set(LOGIN_ATTEMPT_COOKIE, '', { httpOnly: true, sameSite: 'lax', maxAge: 0, path: ATTEMPT_COOKIE_PATH, overwrite: true });
      const outcome = await oidc().completeLogin(attemptId, ctx.querystring);
      if (outcome.result === 'rejected') {
        showRejection(ctx, outcome.rejection);
        return;
      }
      // A new login replaces any session this browser had, so an old session id never carries on.
      const previous = await loadActor(strapi, ctx);
      if (previous) {
        await deleteSession(strapi, previous.sessionHash);
      }
      setSessionCookie(ctx, outcome.sessionToken, config.sessionTtlMinutes, secureCookies);
      ctx.set('Cache-Control', 'no-store');
      ctx.redirect('/panel/');
    },

    /** Renders the page for a rejected or failed login. An unknown reason shows the general failure. */
    async loginResult(ctx: Context) {
      const reason = ctx.query.reason;
      const { status, html } = renderLoginResultPage(isLoginRejection(reason) ? reason : 'LOGIN_FAILED');
      ctx.status = status;
      ctx.type = 'text/html; charset=utf-8';
      // The page shows Latvian text with English below, whatever language the browser requests.
      ctx.set('Content-Language', 'lv, en');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = html;
    },
  };
};
