import { loadConfig } from '@rumis/config';

export default () => {
  const config = loadConfig();
  // The start script sets DATABASE_URL after it has started the embedded PostgreSQL; the
  // fallback names that server too, for commands such as "strapi build" that load this file.
  const url = config.databaseUrl ?? `postgres://rumis:rumis@127.0.0.1:${config.embeddedPostgres.port}/rumis`;
  return {
    connection: {
      client: 'postgres',
      // Strapi's datetime columns have no time zone, so every session works in UTC.
      connection: { connectionString: url, options: '-c TimeZone=UTC' },
      pool: { min: 0, max: config.databasePoolMax },
      acquireConnectionTimeout: 60000,
    },
  };
};
