import type { Core } from '@strapi/strapi';
import * as yup from 'yup';
import type { ScopedActor } from '../../../lib/actor';
import { knexOf } from '../../../lib/db';
import { recordResourceStatusChanges } from '../../../lib/resource-history';
import { lockResourcesForChange, resourceIdsField } from '../../../lib/resource-lock';
import { validateInput } from '../../../lib/validation';
import { RESOURCE_MANUAL_STATUSES } from '../../../domain/resource-status';

const bulkStatusSchema = yup
  .object({
    ids: resourceIdsField(),
    status: yup
      .string()
      .oneOf([...RESOURCE_MANUAL_STATUSES])
      .required(),
    reason: yup.string().trim().max(255).nullable(),
  })
  .noUnknown();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Sets one status on many resources, all or none. Every resource's status counts as confirmed
   * now, which is how a stocktake registers resources whose status did not change. The history
   * gets an entry only for those whose status did change.
   */
  async changeStatus(actor: ScopedActor, body: unknown): Promise<{ updated: number; changed: number }> {
    const input = validateInput(bulkStatusSchema, body);
    return knexOf(strapi).transaction(async (trx) => {
      const resources = await lockResourcesForChange(trx, actor.profile.scope, input.ids);
      const now = new Date();
      await trx('resources')
        .whereIn(
          'id',
          resources.map((resource) => resource.id),
        )
        .update({ status: input.status, updated_at: now, status_confirmed_at: now });
      const changed = resources.filter((resource) => resource.status !== input.status);
      await recordResourceStatusChanges(
        trx,
        changed.map((resource) => ({ resourceId: resource.id, fromStatus: resource.status, toStatus: input.status })),
        actor,
        input.reason ?? null,
        now,
      );
      strapi.log.info('Resource status changed in bulk', {
        status: input.status,
        updated: resources.length,
        changed: changed.length,
        profileId: actor.profile.id,
      });
      return { updated: resources.length, changed: changed.length };
    });
  },
});
