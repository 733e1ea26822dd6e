import { loadConfig } from '@rumis/config';

export default () => {
  const config = loadConfig();
  return {
    host: config.host,
    port: config.port,
    url: config.publicUrl,
    proxy: config.env === 'production',
    app: { keys: config.secrets.appKeys },
    // The product never calls home: no check for newer Strapi versions.
    logger: { updates: { enabled: false }, startup: { enabled: config.env !== 'test' } },
  };
};
