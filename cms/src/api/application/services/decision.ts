import type { Core } from '@strapi/strapi';
import * as yup from 'yup';
import { knexOf } from '../../../lib/db';
import { conflict, notFound } from '../../../lib/errors';
import { recordStatusChange } from '../../../lib/history';
import { applyScope } from '../../../lib/scope';
import type { Actor } from '../../../lib/session';
import { parseId, validateInput } from '../../../lib/validation';
import { canChangeApplicationStatus, type ApplicationStatus } from '../../../domain/application-rules';

type ScopedActor = Actor & { profile: NonNullable<Actor['profile']> };

const declineSchema = yup
  .object({
    reason: yup.string().trim().min(3).max(2000).required({ lv: 'Norādiet atteikuma iemeslu.', en: 'Enter the reason for declining.' }),
  })
  .noUnknown();
const postponeSchema = yup.object({ reason: yup.string().trim().max(2000).nullable() }).noUnknown();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function changeStatus(actor: ScopedActor, idParam: unknown, target: ApplicationStatus, reason: string | null) {
    const id = parseId(idParam);
    return knexOf(strapi).transaction(async (trx) => {
      const application = await applyScope(trx('applications').where('id', id), actor.profile.scope, 'institution_id').forUpdate().first('id', 'status');
      if (!application) {
        throw notFound('APPLICATION_NOT_FOUND', { lv: 'Pieteikums nav atrasts.', en: 'Application not found.' });
      }
      if (!canChangeApplicationStatus(application.status, target)) {
        throw conflict(
          'APPLICATION_STATUS_TRANSITION',
          {
            lv: 'Pieteikuma pašreizējā statusā šī darbība nav atļauta.',
            en: 'This action is not allowed in the current status of the application.',
          },
          'status',
        );
      }
      const final = target !== 'postponed';
      await trx('applications')
        .where('id', id)
        .update({
          status: target,
          decision_reason: reason,
          decided_at: new Date(),
          updated_at: new Date(),
          ...(final ? { active_key: null } : {}),
        });
      await recordStatusChange(trx, 'application', id, application.status, target, actor, reason);
      strapi.log.info('Application status changed', { applicationId: id, from: application.status, to: target, profileId: actor.profile.id });
      return { id, status: target };
    });
  }

  return {
    async decline(actor: ScopedActor, id: unknown, body: unknown) {
      const input = validateInput(declineSchema, body);
      return changeStatus(actor, id, 'declined', input.reason);
    },

    async postpone(actor: ScopedActor, id: unknown, body: unknown) {
      const input = validateInput(postponeSchema, body);
      return changeStatus(actor, id, 'postponed', input.reason ?? null);
    },
  };
};
