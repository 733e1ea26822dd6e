import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import * as yup from 'yup';
import type { ScopedActor } from '../../../lib/actor';
import { knexOf, latvianToday } from '../../../lib/db';
import { DomainError } from '../../../lib/errors';
import { recordResourceStatusChanges } from '../../../lib/resource-history';
import { lockResourcesForChange, resourceIdsField } from '../../../lib/resource-lock';
import { isoDateField, parseId, validateInput } from '../../../lib/validation';

const writeOffFields = {
  date: isoDateField().required(),
  reason: yup.string().trim().min(3).max(255).required(),
};
const writeOffSchema = yup.object(writeOffFields).noUnknown();
const bulkWriteOffSchema = yup.object({ ids: resourceIdsField(), ...writeOffFields }).noUnknown();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Writes resources off in the caller's transaction: status "written off" with the date and
   * reason, and a history entry carrying the reason. Reserved, in-use and already written-off
   * resources are rejected, so a device still lent out must be returned or reported lost first.
   */
  async function writeOffAll(
    trx: Knex.Transaction,
    actor: ScopedActor,
    ids: readonly number[],
    date: string,
    reason: string,
  ): Promise<number> {
    if (date > latvianToday()) {
      throw new DomainError(
        400,
        'WRITE_OFF_DATE_IN_FUTURE',
        {
          lv: `Norakstīšanas datums ${date} vēl nav pienācis. Norādiet šodienas vai agrāku datumu.`,
          en: `The write-off date ${date} is in the future. Enter today's date or an earlier one.`,
        },
        'date',
      );
    }
    const resources = await lockResourcesForChange(trx, actor.profile.scope, ids);
    const resourceIds = resources.map((resource) => resource.id);
    const acquiredLater: string[] = await trx('resources')
      .whereIn('id', resourceIds)
      .where('acquisition_date', '>', date)
      .orderBy('id')
      .pluck('number');
    if (acquiredLater.length > 0) {
      throw new DomainError(
        400,
        'WRITE_OFF_BEFORE_ACQUISITION',
        {
          lv: `Norakstīšanas datums ${date} ir agrāks par iegādes datumu resursiem: ${acquiredLater.slice(0, 20).join(', ')}.`,
          en: `The write-off date ${date} is earlier than the acquisition date of these resources: ${acquiredLater.slice(0, 20).join(', ')}.`,
        },
        'date',
      );
    }
    const now = new Date();
    await trx('resources')
      .whereIn('id', resourceIds)
      .update({ status: 'written_off', written_off_on: date, write_off_reason: reason, updated_at: now, status_confirmed_at: now });
    await recordResourceStatusChanges(
      trx,
      resources.map((resource) => ({ resourceId: resource.id, fromStatus: resource.status, toStatus: 'written_off' })),
      actor,
      reason,
      now,
    );
    strapi.log.info('Resources written off', { count: resources.length, date, profileId: actor.profile.id });
    return resources.length;
  }

  return {
    async writeOff(actor: ScopedActor, idParam: unknown, body: unknown): Promise<{ id: number }> {
      const id = parseId(idParam);
      const input = validateInput(writeOffSchema, body);
      await knexOf(strapi).transaction((trx) => writeOffAll(trx, actor, [id], input.date, input.reason));
      return { id };
    },

    /** Writes many resources off with one date and reason, all or none. */
    async writeOffMany(actor: ScopedActor, body: unknown): Promise<{ updated: number }> {
      const input = validateInput(bulkWriteOffSchema, body);
      const updated = await knexOf(strapi).transaction((trx) => writeOffAll(trx, actor, input.ids, input.date, input.reason));
      return { updated };
    },
  };
};
