import type { Core } from '@strapi/strapi';
import * as yup from 'yup';
import type { ScopedActor } from '../../../lib/actor';
import { knexOf } from '../../../lib/db';
import { lockResourcesForChange, resourceIdsField } from '../../../lib/resource-lock';
import { validateInput } from '../../../lib/validation';

const bulkLocationSchema = yup
  .object({
    ids: resourceIdsField(),
    location: yup.string().oneOf(['classroom', 'library', 'storage', 'service', 'user']).required(),
  })
  .noUnknown();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Moves many resources to one location, all or none. Reserved, in-use and written-off
   * resources are rejected like in a status change: their location follows from the handover.
   */
  async changeLocation(actor: ScopedActor, body: unknown): Promise<{ updated: number }> {
    const input = validateInput(bulkLocationSchema, body);
    return knexOf(strapi).transaction(async (trx) => {
      const resources = await lockResourcesForChange(trx, actor.profile.scope, input.ids);
      const now = new Date();
      await trx('resources')
        .whereIn(
          'id',
          resources.map((resource) => resource.id),
        )
        .update({ location: input.location, updated_at: now, status_confirmed_at: now });
      strapi.log.info('Resource location changed in bulk', {
        location: input.location,
        updated: resources.length,
        profileId: actor.profile.id,
      });
      return { updated: resources.length };
    });
  },
});
