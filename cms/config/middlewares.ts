import { loadConfig } from '@rumis/config';

export default () => {
  const config = loadConfig();
  // The panel is served by this server; the Vite dev server needs CORS in development only.
  const origins = config.env === 'development' ? [config.publicUrl, 'http://localhost:5173'] : [config.publicUrl];
  return [
    'strapi::logger',
    'strapi::errors',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'connect-src': ["'self'"],
            'img-src': ["'self'", 'data:', 'blob:'],
            'script-src': ["'self'"],
            'style-src': ["'self'", "'unsafe-inline'"],
            'font-src': ["'self'", 'data:'],
            upgradeInsecureRequests: null,
          },
        },
      },
    },
    { name: 'strapi::cors', config: { origin: origins, credentials: true, expose: ['Content-Range', 'Content-Disposition'] } },
    'strapi::poweredBy',
    'strapi::query',
    // Before the body parser, so that a body it cannot parse gets a coded error like any other input.
    'global::domain-errors',
    { name: 'strapi::body', config: { jsonLimit: '2mb', formLimit: '2mb', textLimit: '2mb', formidable: { maxFileSize: 20 * 1024 * 1024 } } },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
    'global::panel-static',
  ];
};
