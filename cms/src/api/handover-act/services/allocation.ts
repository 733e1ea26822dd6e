import type { Core } from '@strapi/strapi';
import * as yup from 'yup';
import { isUniqueViolation, knexOf, latvianToday, newRowColumns, nextSequence, parseJsonColumn } from '../../../lib/db';
import { conflict, DomainError, notFound } from '../../../lib/errors';
import { recordStatusChange } from '../../../lib/history';
import { applyScope } from '../../../lib/scope';
import type { Actor } from '../../../lib/session';
import { idField, isoDateField, parseId, validateInput } from '../../../lib/validation';
import { allocationFailure, defaultReturnDeadline } from '../../../domain/eligibility';
import { OPEN_APPLICATION_STATUSES, type ApplicationStatus } from '../../../domain/application-rules';

const allocateSchema = yup
  .object({
    resourceId: idField().required(),
    returnDeadline: isoDateField().nullable(),
    conditionAtIssue: yup.string().trim().max(2000).nullable(),
  })
  .noUnknown();

type ScopedActor = Actor & { profile: NonNullable<Actor['profile']> };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Approves an application by allocating a resource to it: the application becomes approved,
   * the resource reserved, and a draft handover act PNA-<registration number>-<sequence> is
   * created, all in one transaction. The application and resource rows are locked first, and
   * the partial unique indexes on the act keep one active act per resource and per application
   * even when two reviewers allocate at the same moment.
   */
  async allocate(actor: ScopedActor, applicationIdParam: unknown, body: unknown): Promise<{ actId: number; actNumber: string }> {
    const applicationId = parseId(applicationIdParam);
    const input = validateInput(allocateSchema, body);
    const knex = knexOf(strapi);

    try {
      return await knex.transaction(async (trx) => {
        const application = await applyScope(trx('applications').where('id', applicationId), actor.profile.scope, 'institution_id')
          .forUpdate()
          .first('id', 'institution_id', 'status', 'user_kind', 'social_support', 'social_statuses');
        if (!application) {
          throw notFound('APPLICATION_NOT_FOUND', { lv: 'Pieteikums nav atrasts.', en: 'Application not found.' });
        }
        if (!OPEN_APPLICATION_STATUSES.includes(application.status as ApplicationStatus)) {
          throw conflict('APPLICATION_NOT_OPEN', {
            lv: 'Resursu var piešķirt tikai iesniegtam vai atliktam pieteikumam.',
            en: 'A resource can be allocated only to a submitted or postponed application.',
          });
        }
        const resource = await applyScope(trx('resources').where('id', input.resourceId), actor.profile.scope, 'institution_id')
          .forUpdate()
          .first('id', 'institution_id', 'status', 'usage_purpose', 'target_group', 'social_support', 'notes');
        if (!resource) {
          throw notFound('RESOURCE_NOT_FOUND', { lv: 'Resurss nav atrasts.', en: 'Resource not found.' });
        }
        const failure = allocationFailure(resource, {
          ...application,
          social_statuses: parseJsonColumn<string[]>(application.social_statuses, []),
        });
        if (failure) {
          throw new DomainError(409, failure.code, failure.messages, 'resourceId');
        }

        const institution = await trx('institutions').where('id', application.institution_id).first('registration_number');
        const sequence = await nextSequence(trx, application.institution_id, 'handover_act');
        const number = `PNA-${institution.registration_number}-${sequence}`;
        const today = latvianToday();
        const [act] = await trx('handover_acts')
          .insert({
            ...newRowColumns(),
            number,
            sequence,
            institution_id: application.institution_id,
            application_id: application.id,
            resource_id: resource.id,
            status: 'draft',
            return_deadline: input.returnDeadline ?? defaultReturnDeadline(today),
            condition_at_issue: input.conditionAtIssue ?? resource.notes ?? null,
            active_resource_id: resource.id,
            active_application_id: application.id,
          })
          .returning(['id', 'number']);

        await trx('applications').where('id', application.id).update({ status: 'approved', decided_at: new Date(), updated_at: new Date() });
        await trx('resources').where('id', resource.id).update({ status: 'reserved', updated_at: new Date(), status_confirmed_at: new Date() });
        await recordStatusChange(trx, 'application', application.id, application.status, 'approved', actor);
        await recordStatusChange(trx, 'resource', resource.id, resource.status, 'reserved', actor);
        await recordStatusChange(trx, 'handover_act', act.id, null, 'draft', actor);
        strapi.log.info('Resource allocated', { applicationId: application.id, resourceId: resource.id, actId: act.id, profileId: actor.profile.id });
        return { actId: act.id as number, actNumber: act.number as string };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'handover_acts_active_resource_uq')) {
        throw conflict(
          'RESOURCE_ALREADY_ALLOCATED',
          { lv: 'Resurss jau ir piešķirts citam pieteikumam.', en: 'The resource is already allocated to another application.' },
          'resourceId',
        );
      }
      if (isUniqueViolation(error, 'handover_acts_active_application_uq')) {
        throw conflict('APPLICATION_ALREADY_HAS_ACT', {
          lv: 'Pieteikumam jau ir aktīvs pieņemšanas-nodošanas akts.',
          en: 'The application already has an active handover act.',
        });
      }
      throw error;
    }
  },
});
