import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@rumis/database';

declare global {
  var rumisTestDatabase: EmbeddedPostgresHandle | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

/**
 * Starts a fresh embedded PostgreSQL for the run unless DATABASE_URL names a server, and sets
 * the environment every test file's Strapi reads.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  process.env.AUTH_DEV_LOGIN = 'true';
  process.env.SEED_DEMO_DATA = process.env.SEED_DEMO_DATA ?? 'true';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  if (!process.env.DATABASE_URL) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rumis-test-pg-'));
    // As root, PostgreSQL runs as the system user "postgres", which must be able to enter the folder.
    fs.chmodSync(dataDir, 0o755);
    globalThis.rumisTestDatabase = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), port: await freePort() });
    process.env.DATABASE_URL = globalThis.rumisTestDatabase.url;
    process.env.RUMIS_TEST_PG_DIR = dataDir;
  }
}
