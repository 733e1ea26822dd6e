import type { Core } from '@strapi/strapi';
import { loadConfig } from '@rumis/config';
import { readConstraintsSql } from '@rumis/database';
import { ensureCmsAdmin, lockDownUsersPermissions } from './bootstrap/cms-admin';
import { seedCatalogs } from './bootstrap/seed-catalogs';
import { seedDemoData } from './bootstrap/demo-data';

export default {
  register() {},

  /**
   * Runs after Strapi has synchronised its tables: adds the constraints Strapi cannot declare,
   * then seeds what is missing. Each step is idempotent, so every start runs all of them.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.db.connection.raw(readConstraintsSql());
    await lockDownUsersPermissions(strapi);
    await ensureCmsAdmin(strapi);
    await seedCatalogs(strapi);
    if (loadConfig().seedDemoData) {
      await seedDemoData(strapi);
    }
  },
};
