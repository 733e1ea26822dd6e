import type { Core } from '@strapi/strapi';
import { knexOf } from '../lib/db';
import { createDemoApplications } from './demo/applications';
import { createDemoPeople, DEMO_USERNAMES } from './demo/people';
import { createDemoResources } from './demo/resources';
import { activateDemoSchools } from './demo/schools';

/** Key of the transaction-level advisory lock that lets only one process seed the demo data. */
const DEMO_SEED_LOCK = 74_201_001;

/**
 * Seeds the demo data set: three active schools with contact persons and application settings,
 * demo staff at every level, devices, applications in every status and their handover acts.
 * Everything is written in one transaction. The demo users are the marker: when any of them
 * exists, the data set is already there and nothing is added.
 */
export async function seedDemoData(strapi: Core.Strapi): Promise<void> {
  await knexOf(strapi).transaction(async (trx) => {
    // Without the lock, two processes starting at once against one database would both find no
    // demo users and both insert them. The second process waits here and then finds the marker.
    await trx.raw('SELECT pg_advisory_xact_lock(?)', [DEMO_SEED_LOCK]);
    const existing = await trx('up_users').whereIn('username', DEMO_USERNAMES).first('id');
    if (existing) {
      strapi.log.debug('Demo data already present, nothing seeded');
      return;
    }

    const context = { trx, now: new Date() };
    const schools = await activateDemoSchools(context);
    const staff = await createDemoPeople(context, schools);
    const resources = await createDemoResources(context, schools, staff);
    await createDemoApplications(context, schools, staff, resources);
    strapi.log.info('Demo data seeded', {
      schools: Object.keys(schools).length,
      users: DEMO_USERNAMES.length,
      resources: resources.length,
    });
  });
}
