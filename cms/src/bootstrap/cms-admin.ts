import type { Core } from '@strapi/strapi';
import { loadConfig } from '@rumis/config';

/**
 * Creates the catalog administrator for Strapi's admin UI from CMS_ADMIN_EMAIL and
 * CMS_ADMIN_PASSWORD when no admin user exists yet. An existing account is left alone.
 */
export async function ensureCmsAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  if (await users.exists()) {
    return;
  }
  const config = loadConfig();
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email: config.cmsAdmin.email,
    firstname: 'Katalogu',
    lastname: 'Administrators',
    password: config.cmsAdmin.password,
    registrationToken: null,
    isActive: true,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  strapi.log.info('Catalog administrator created', { email: config.cmsAdmin.email });
}

/** Turns off the users-permissions features RUMIS does not use: self-registration and e-mail login. */
export async function lockDownUsersPermissions(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ value: { ...advanced, allow_register: false } });
  }
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (publicRole) {
    await strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { role: publicRole.id } });
  }
}
