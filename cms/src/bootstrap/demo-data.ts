import type { Core } from '@strapi/strapi';

/** Placeholder until the demo data set lands. */
export async function seedDemoData(_strapi: Core.Strapi): Promise<void> {}
