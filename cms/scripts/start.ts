import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
import { loadConfig } from '@rumis/config';
import { startEmbeddedPostgres } from '@rumis/database';

/**
 * Starts RUMIS: without DATABASE_URL it first starts the embedded PostgreSQL with its data in
 * EMBEDDED_PG_DIR (default .data/postgres), then starts the compiled Strapi application.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.log(`Starting the embedded PostgreSQL in ${config.embeddedPostgres.dataDir} on port ${config.embeddedPostgres.port}`);
    const database = await startEmbeddedPostgres(config.embeddedPostgres);
    process.env.DATABASE_URL = database.url;
  }
  const appDir = path.resolve(__dirname, '..', '..');
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  await app.start();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
