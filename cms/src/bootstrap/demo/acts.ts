import { newRowColumns, nextSequence } from '../../lib/db';
import { defaultReturnDeadline } from '../../domain/eligibility';
import { assertInPast, dateOf, daysAfter, recordPastStatusChange, type DemoActor, type DemoContext } from './context';
import type { DemoResource } from './resources';

/** How far a handover act got, with the details each step records. */
export type DemoActStory =
  | { until: 'draft' }
  | { until: 'prepared' }
  | { until: 'issued'; issuedAfterDays: number }
  | {
      until: 'returned';
      issuedAfterDays: number;
      returnedAfterDays: number;
      condition: 'working' | 'damaged';
      resourceStatus: 'available' | 'damaged' | 'maintenance';
      notes: string;
    }
  | { until: 'cancelled'; cancelledAfterDays: number; reason: string };

export interface DemoAllocation {
  application: { id: number; status: string; institutionId: number; registrationNumber: string };
  resource: DemoResource;
  story: DemoActStory;
  allocatedAt: Date;
  reviewer: DemoActor;
  issuer: DemoActor;
  /** Name of the person who received the device: the parent in person, or the employee themself. */
  recipientName: string;
}

/**
 * Plays a handover act from allocation to the step the story names. It writes the same rows as
 * the allocation and handover services: the application becomes approved and the resource
 * reserved, then in use and back. The act's active ids are cleared when it ends, and every
 * status change goes into history.
 */
export async function playActStory(context: DemoContext, allocation: DemoAllocation): Promise<void> {
  const { trx } = context;
  const { application, resource, story, allocatedAt, reviewer, issuer } = allocation;
  assertInPast(context, allocatedAt, `allocation for application ${application.id}`);

  const sequence = await nextSequence(trx, application.institutionId, 'handover_act');
  const [act] = await trx('handover_acts')
    .insert({
      ...newRowColumns(allocatedAt),
      number: `PNA-${application.registrationNumber}-${sequence}`,
      sequence,
      institution_id: application.institutionId,
      application_id: application.id,
      resource_id: resource.id,
      status: 'draft',
      return_deadline: defaultReturnDeadline(dateOf(allocatedAt)),
      condition_at_issue: resource.notes,
      active_resource_id: resource.id,
      active_application_id: application.id,
    })
    .returning(['id']);
  await trx('applications').where('id', application.id).update({ status: 'approved', decided_at: allocatedAt, updated_at: allocatedAt });
  await recordPastStatusChange(context, {
    trail: 'application',
    recordId: application.id,
    from: application.status,
    to: 'approved',
    actor: reviewer,
    at: allocatedAt,
  });
  await setResourceStatus(context, resource, 'reserved', reviewer, allocatedAt);
  await recordPastStatusChange(context, {
    trail: 'handover_act',
    recordId: act.id,
    from: null,
    to: 'draft',
    actor: reviewer,
    at: allocatedAt,
  });
  if (story.until === 'draft') {
    return;
  }

  if (story.until === 'cancelled') {
    const cancelledAt = daysAfter(allocatedAt, story.cancelledAfterDays, 15, 10);
    assertInPast(context, cancelledAt, `cancellation of the act for application ${application.id}`);
    await endAct(
      context,
      act.id,
      application.id,
      { status: 'cancelled', cancel_reason: story.reason },
      'draft',
      issuer,
      cancelledAt,
      story.reason,
    );
    await setResourceStatus(context, resource, 'available', issuer, cancelledAt);
    // The issuer chose to withdraw the application rather than return it to the reviewer.
    await trx('applications')
      .where('id', application.id)
      .update({ status: 'withdrawn', decision_reason: story.reason, updated_at: cancelledAt });
    await recordPastStatusChange(context, {
      trail: 'application',
      recordId: application.id,
      from: 'approved',
      to: 'withdrawn',
      actor: issuer,
      at: cancelledAt,
      reason: story.reason,
    });
    return;
  }

  const preparedAt = daysAfter(allocatedAt, 1, 9, 40);
  assertInPast(context, preparedAt, `preparation of the act for application ${application.id}`);
  await trx('handover_acts').where('id', act.id).update({ status: 'prepared', prepared_at: preparedAt, updated_at: preparedAt });
  await recordPastStatusChange(context, {
    trail: 'handover_act',
    recordId: act.id,
    from: 'draft',
    to: 'prepared',
    actor: issuer,
    at: preparedAt,
  });
  if (story.until === 'prepared') {
    return;
  }

  const issuedAt = daysAfter(preparedAt, story.issuedAfterDays, 14, 20);
  assertInPast(context, issuedAt, `issue of the act for application ${application.id}`);
  await trx('handover_acts')
    .where('id', act.id)
    .update({
      status: 'issued',
      issued_on: dateOf(issuedAt),
      issued_by_user_id: issuer.userId,
      received_by: 'in_person',
      recipient_name: allocation.recipientName,
      updated_at: issuedAt,
    });
  await recordPastStatusChange(context, {
    trail: 'handover_act',
    recordId: act.id,
    from: 'prepared',
    to: 'issued',
    actor: issuer,
    at: issuedAt,
  });
  await setResourceStatus(context, resource, 'in_use', issuer, issuedAt, { location: 'user' });
  if (story.until === 'issued') {
    return;
  }

  const returnedAt = daysAfter(issuedAt, story.returnedAfterDays, 12, 5);
  assertInPast(context, returnedAt, `return of the act for application ${application.id}`);
  await endAct(
    context,
    act.id,
    application.id,
    {
      status: 'returned',
      returned_on: dateOf(returnedAt),
      return_condition: story.condition,
      return_notes: story.notes,
      return_accepted_by_user_id: issuer.userId,
    },
    'issued',
    issuer,
    returnedAt,
  );
  await setResourceStatus(context, resource, story.resourceStatus, issuer, returnedAt, { location: 'storage' });
}

/** Ends an act: it and its application stop blocking the resource and a new application. */
async function endAct(
  context: DemoContext,
  actId: number,
  applicationId: number,
  columns: Record<string, unknown> & { status: string },
  from: string,
  actor: DemoActor,
  at: Date,
  reason?: string,
): Promise<void> {
  const { trx } = context;
  await trx('handover_acts')
    .where('id', actId)
    .update({ ...columns, active_resource_id: null, active_application_id: null, updated_at: at });
  await trx('applications').where('id', applicationId).update({ active_key: null, updated_at: at });
  await recordPastStatusChange(context, { trail: 'handover_act', recordId: actId, from, to: columns.status, actor, at, reason });
}

async function setResourceStatus(
  context: DemoContext,
  resource: DemoResource,
  status: string,
  actor: DemoActor,
  at: Date,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await context
    .trx('resources')
    .where('id', resource.id)
    .update({ status, updated_at: at, status_confirmed_at: at, ...extra });
  await recordPastStatusChange(context, { trail: 'resource', recordId: resource.id, from: resource.status, to: status, actor, at });
  resource.status = status;
  resource.statusChangedAt = at;
}
