import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStrapi, type Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import supertest from 'supertest';

const appDir = path.resolve(__dirname, '..', '..', 'cms');

export interface TestApp {
  strapi: Core.Strapi;
  knex: Knex;
  /** supertest bound to the running server; use request.agent() semantics through agent(). */
  http: ReturnType<typeof supertest>;
  agent: () => ReturnType<typeof supertest.agent>;
  /** http://127.0.0.1:<port>, for the browser tests. */
  baseUrl: string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /**
   * Environment variables set before the configuration is read (undefined removes one). stop()
   * restores the previous values.
   */
  env?: Record<string, string | undefined>;
}

/** Sets the variables and returns a function that puts the previous values back. */
function setEnvironment(variables: Record<string, string | undefined>): () => void {
  const previous = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  };
  apply(variables);
  return () => apply(previous);
}

/**
 * Boots the compiled Strapi application (run `npm run build` first) in this process against the
 * test database and listens on a free port on 127.0.0.1.
 */
export async function startApp(options: StartOptions = {}): Promise<TestApp> {
  const restoreEnvironment = setEnvironment(options.env ?? {});
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  try {
    await strapi.load();
  } catch (error) {
    restoreEnvironment();
    throw error;
  }
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    strapi,
    knex: strapi.db.connection,
    http: supertest(strapi.server.httpServer),
    agent: () => supertest.agent(strapi.server.httpServer),
    baseUrl,
    stop: async () => {
      try {
        await strapi.destroy();
      } finally {
        restoreEnvironment();
      }
    },
  };
}
