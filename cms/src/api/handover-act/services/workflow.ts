import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import * as yup from 'yup';
import { knexOf, latvianToday } from '../../../lib/db';
import { conflict, notFound } from '../../../lib/errors';
import { recordStatusChange } from '../../../lib/history';
import { applyScope } from '../../../lib/scope';
import type { Actor } from '../../../lib/session';
import { isoDateField, parseId, validateInput } from '../../../lib/validation';
import { canChangeHandoverStatus, type HandoverStatus } from '../../../domain/handover-rules';
import { applicationActiveKey } from '../../../domain/application-rules';

type ScopedActor = Actor & { profile: NonNullable<Actor['profile']> };

const STATUS_LABELS_LV: Record<HandoverStatus, string> = {
  draft: 'Sagatave',
  prepared: 'Sagatavots izsniegšanai',
  issued: 'Izsniegts',
  returned: 'Atgriezts',
  lost: 'Nozaudēts',
  stolen: 'Nozagts',
  cancelled: 'Atcelts',
};

const STATUS_LABELS_EN: Record<HandoverStatus, string> = {
  draft: 'Draft',
  prepared: 'Prepared for issue',
  issued: 'Issued',
  returned: 'Returned',
  lost: 'Lost',
  stolen: 'Stolen',
  cancelled: 'Cancelled',
};

const prepareSchema = yup
  .object({
    returnDeadline: isoDateField().nullable(),
    conditionAtIssue: yup.string().trim().max(2000).nullable(),
  })
  .noUnknown();

const issueSchema = yup
  .object({
    issuedOn: isoDateField().nullable(),
    receivedBy: yup.string().oneOf(['in_person', 'eservice']).default('in_person'),
    recipientName: yup.string().trim().max(200).required(),
  })
  .noUnknown();

const returnSchema = yup
  .object({
    returnedOn: isoDateField().nullable(),
    condition: yup.string().oneOf(['working', 'damaged']).required(),
    notes: yup.string().trim().max(2000).nullable(),
    resourceStatus: yup.string().oneOf(['available', 'damaged', 'maintenance']).required(),
  })
  .noUnknown();

const cancelSchema = yup
  .object({
    reason: yup.string().trim().min(3).max(2000).required(),
    applicationOutcome: yup.string().oneOf(['withdrawn', 'back_to_review']).required(),
  })
  .noUnknown();

const lossSchema = yup
  .object({
    kind: yup.string().oneOf(['lost', 'stolen']).required(),
    circumstances: yup.string().trim().min(3).max(4000).required(),
  })
  .noUnknown();

interface ActRow {
  id: number;
  status: HandoverStatus;
  resource_id: number;
  application_id: number;
  institution_id: number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Locks the act in scope and checks that it may move to the target status. */
  async function lockAct(trx: Knex.Transaction, actor: ScopedActor, actIdParam: unknown, target: HandoverStatus): Promise<ActRow> {
    const actId = parseId(actIdParam);
    const act = await applyScope(trx('handover_acts').where('id', actId), actor.profile.scope, 'institution_id')
      .forUpdate()
      .first('id', 'status', 'resource_id', 'application_id', 'institution_id');
    if (!act) {
      throw notFound('HANDOVER_ACT_NOT_FOUND', { lv: 'Pieņemšanas-nodošanas akts nav atrasts.', en: 'Handover act not found.' });
    }
    if (!canChangeHandoverStatus(act.status, target)) {
      throw conflict(
        'HANDOVER_STATUS_TRANSITION',
        {
          lv: `Aktu statusā "${STATUS_LABELS_LV[act.status as HandoverStatus]}" nevar mainīt uz "${STATUS_LABELS_LV[target]}".`,
          en: `An act with the status "${STATUS_LABELS_EN[act.status as HandoverStatus]}" cannot be changed to "${STATUS_LABELS_EN[target]}".`,
        },
        'status',
      );
    }
    return act as ActRow;
  }

  async function setResourceStatus(trx: Knex.Transaction, actor: ScopedActor, resourceId: number, status: string, extra: Record<string, unknown> = {}) {
    const resource = await trx('resources').where('id', resourceId).forUpdate().first('status');
    await trx('resources').where('id', resourceId).update({ status, updated_at: new Date(), status_confirmed_at: new Date(), ...extra });
    await recordStatusChange(trx, 'resource', resourceId, resource.status, status, actor);
  }

  async function setActStatus(trx: Knex.Transaction, actor: ScopedActor, act: ActRow, status: HandoverStatus, columns: Record<string, unknown>, reason?: string) {
    const ending = status === 'returned' || status === 'lost' || status === 'stolen' || status === 'cancelled';
    await trx('handover_acts')
      .where('id', act.id)
      .update({
        status,
        updated_at: new Date(),
        ...columns,
        ...(ending ? { active_resource_id: null, active_application_id: null } : {}),
      });
    if (ending) {
      // The application no longer blocks a new one for the same person and subtype.
      await trx('applications').where('id', act.application_id).update({ active_key: null, updated_at: new Date() });
    }
    await recordStatusChange(trx, 'handover_act', act.id, act.status, status, actor, reason);
    strapi.log.info('Handover act status changed', { actId: act.id, from: act.status, to: status, profileId: actor.profile.id });
  }

  return {
    async prepare(actor: ScopedActor, actId: unknown, body: unknown) {
      const input = validateInput(prepareSchema, body);
      return knexOf(strapi).transaction(async (trx) => {
        const act = await lockAct(trx, actor, actId, 'prepared');
        await setActStatus(trx, actor, act, 'prepared', {
          prepared_at: new Date(),
          ...(input.returnDeadline ? { return_deadline: input.returnDeadline } : {}),
          ...(input.conditionAtIssue ? { condition_at_issue: input.conditionAtIssue } : {}),
        });
        return { id: act.id, status: 'prepared' };
      });
    },

    /** Records the handover: who received the device and when; the resource goes into use. */
    async issue(actor: ScopedActor, actId: unknown, body: unknown) {
      const input = validateInput(issueSchema, body);
      return knexOf(strapi).transaction(async (trx) => {
        const act = await lockAct(trx, actor, actId, 'issued');
        await setActStatus(trx, actor, act, 'issued', {
          issued_on: input.issuedOn ?? latvianToday(),
          issued_by_user_id: actor.userId,
          received_by: input.receivedBy,
          recipient_name: input.recipientName,
        });
        await setResourceStatus(trx, actor, act.resource_id, 'in_use', { location: 'user' });
        return { id: act.id, status: 'issued' };
      });
    },

    /** Records the return of the device and the resource's new status. */
    async recordReturn(actor: ScopedActor, actId: unknown, body: unknown) {
      const input = validateInput(returnSchema, body);
      return knexOf(strapi).transaction(async (trx) => {
        const act = await lockAct(trx, actor, actId, 'returned');
        await setActStatus(trx, actor, act, 'returned', {
          returned_on: input.returnedOn ?? latvianToday(),
          return_condition: input.condition,
          return_notes: input.notes ?? null,
          return_accepted_by_user_id: actor.userId,
        });
        await setResourceStatus(trx, actor, act.resource_id, input.resourceStatus, { location: 'storage' });
        return { id: act.id, status: 'returned' };
      });
    },

    /** Records that an issued device was lost or stolen. */
    async recordLoss(actor: ScopedActor, actId: unknown, body: unknown) {
      const input = validateInput(lossSchema, body);
      const status = input.kind as 'lost' | 'stolen';
      return knexOf(strapi).transaction(async (trx) => {
        const act = await lockAct(trx, actor, actId, status);
        await setActStatus(trx, actor, act, status, { circumstances: input.circumstances }, input.circumstances);
        await setResourceStatus(trx, actor, act.resource_id, status);
        return { id: act.id, status };
      });
    },

    /**
     * Cancels a draft or prepared act: the resource becomes available again and the application
     * is withdrawn or returned to the reviewer (as postponed, since it may never go back to
     * submitted), as the issuer chooses.
     */
    async cancel(actor: ScopedActor, actId: unknown, body: unknown) {
      const input = validateInput(cancelSchema, body);
      return knexOf(strapi).transaction(async (trx) => {
        const act = await lockAct(trx, actor, actId, 'cancelled');
        await setActStatus(trx, actor, act, 'cancelled', { cancel_reason: input.reason }, input.reason);
        await setResourceStatus(trx, actor, act.resource_id, 'available');
        const applicationStatus = input.applicationOutcome === 'withdrawn' ? 'withdrawn' : 'postponed';
        const application = await trx('applications').where('id', act.application_id).first('status', 'institution_id', 'subtype_id', 'user_personal_code');
        const reopened = applicationStatus === 'postponed';
        await trx('applications')
          .where('id', act.application_id)
          .update({
            status: applicationStatus,
            updated_at: new Date(),
            decision_reason: input.reason,
            // Back in review, the application blocks a second one for the same person again.
            ...(reopened ? { active_key: applicationActiveKey(application.institution_id, application.subtype_id, application.user_personal_code) } : {}),
          });
        await recordStatusChange(trx, 'application', act.application_id, application.status, applicationStatus, actor, input.reason);
        return { id: act.id, status: 'cancelled' };
      });
    },
  };
};
