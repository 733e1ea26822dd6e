import crypto from 'node:crypto';
import path from 'node:path';
import { Pool } from 'pg';
import { createStrapi } from '@strapi/strapi';
import { loadConfig, type RumisConfig } from '@rumis/config';
import { startEmbeddedPostgres } from '@rumis/database';
import { startDevIdp, type DevIdp } from '@rumis/dev-idp';

/** Client id of the panel at the stand-in identity provider. */
const DEV_IDP_CLIENT_ID = 'rumis-panel';

/**
 * Starts the stand-in for the latvija.lv identity provider and points the login at it through
 * OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, which Strapi's configuration reads when it
 * loads. It lists the users that have a personal code, read again at every login, so users
 * created in the panel can log in without a restart.
 */
async function startStandInIdentityProvider(config: RumisConfig, databaseUrl: string): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2, allowExitOnIdle: true });
  pool.on('error', (error) => console.error('The stand-in identity provider lost its database connection:', error.message));
  const clientSecret = crypto.randomBytes(32).toString('base64url');
  const redirectUri = `${config.publicUrl.replace(/\/+$/, '')}/api/session/oidc/callback`;
  let devIdp: DevIdp;
  try {
    devIdp = await startDevIdp({
      port: config.devIdpPort,
      clients: [{ client_id: DEV_IDP_CLIENT_ID, client_secret: clientSecret, redirect_uris: [redirectUri] }],
      personalCodeClaim: config.oidc.personalCodeClaim,
      persons: async () => {
        const result = await pool.query<{ personal_code: string; first_name: string | null; last_name: string | null }>(
          'SELECT personal_code, first_name, last_name FROM up_users WHERE personal_code IS NOT NULL ORDER BY last_name, first_name, id',
        );
        return result.rows.map((row) => ({ personalCode: row.personal_code, firstName: row.first_name ?? '', lastName: row.last_name ?? '' }));
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The stand-in identity provider could not start on 127.0.0.1:${config.devIdpPort} (${reason}); set DEV_IDP_PORT to a free port`);
  }
  process.env.OIDC_ISSUER = devIdp.issuer;
  process.env.OIDC_CLIENT_ID = DEV_IDP_CLIENT_ID;
  process.env.OIDC_CLIENT_SECRET = clientSecret;
  console.log(`Stand-in identity provider for latvija.lv logins listening at ${devIdp.issuer}`);
}

/**
 * Starts RUMIS. Without DATABASE_URL it first starts the embedded PostgreSQL with its data in
 * EMBEDDED_PG_DIR (default .data/postgres). Outside production without OIDC_ISSUER it starts the
 * stand-in identity provider. Then it starts the compiled Strapi application.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.log(`Starting the embedded PostgreSQL in ${config.embeddedPostgres.dataDir} on port ${config.embeddedPostgres.port}`);
    const database = await startEmbeddedPostgres(config.embeddedPostgres);
    databaseUrl = database.url;
    process.env.DATABASE_URL = database.url;
  }
  if (!config.oidc.issuer && config.env !== 'production') {
    await startStandInIdentityProvider(config, databaseUrl);
  }
  const appDir = path.resolve(__dirname, '..', '..');
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  await app.start();
  console.log(`RUMIS panel for school, municipality and ministry staff: ${loadConfig().publicUrl}/panel`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
