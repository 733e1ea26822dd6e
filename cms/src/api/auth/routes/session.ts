/**
 * Panel session routes. They are under /api/session rather than /api/auth, where the
 * users-permissions plugin's own routes live.
 */
const open = { auth: false as const };

export default {
  routes: [
    { method: 'GET', path: '/session', handler: 'session.current', config: open },
    { method: 'POST', path: '/session/profile', handler: 'session.selectProfile', config: open },
    { method: 'POST', path: '/session/logout', handler: 'session.logout', config: open },
    { method: 'GET', path: '/session/dev-persons', handler: 'session.devPersons', config: open },
    { method: 'POST', path: '/session/dev-login', handler: 'session.devLogin', config: open },
  ],
};
