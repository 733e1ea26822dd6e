import apiToken from './api-token';
import applications from './applications';

const protectedRoute = { auth: false as const, policies: ['plugin::eservice.api-token'] };

export default {
  register() {},
  bootstrap() {},
  policies: { 'api-token': apiToken },
  controllers: { applications },
  routes: {
    'content-api': {
      type: 'content-api',
      routes: [{ method: 'POST', path: '/applications', handler: 'applications.submit', config: protectedRoute }],
    },
  },
};
