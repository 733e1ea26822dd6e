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

/**
 * Boots the compiled Strapi application (run `npm run build` first) in this process against the
 * test database and listens on a free port on 127.0.0.1.
 */
export async function startApp(): Promise<TestApp> {
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
  await strapi.load();
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
      await strapi.destroy();
    },
  };
}
