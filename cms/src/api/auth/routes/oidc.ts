/**
 * latvija.lv (OpenID Connect) login routes. They respond to browser navigations with redirects
 * and HTML pages, not JSON, because the browser comes here from the identity provider.
 */
const open = { auth: false as const };

export default {
  routes: [
    { method: 'GET', path: '/session/oidc/login', handler: 'oidc.login', config: open },
    { method: 'GET', path: '/session/oidc/callback', handler: 'oidc.callback', config: open },
    { method: 'GET', path: '/session/login-result', handler: 'oidc.loginResult', config: open },
  ],
};
