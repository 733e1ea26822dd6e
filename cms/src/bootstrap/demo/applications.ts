import { generatePersonalCode } from '@rumis/access';
import { newRowColumns, nextSequence } from '../../lib/db';
import { applicationActiveKey, canApplyAdmits } from '../../domain/application-rules';
import { allocationFailure } from '../../domain/eligibility';
import { playActStory } from './acts';
import { DEMO_APPLICATIONS, type DemoApplicationDefinition, type DemoOutcome } from './application-definitions';
import { assertInPast, dateOf, daysAfter, daysAgo, recordPastStatusChange, type DemoContext } from './context';
import type { DemoStaff } from './people';
import type { DeviceName } from './resource-definitions';
import type { DemoResource } from './resources';
import type { DemoSchools } from './schools';

const WITHDRAWN_IN_ESERVICE = 'Iesniedzējs atsauca pieteikumu e-pakalpojumā.';

/** Birth year of a learner in the grade this school year: grade 1 starts in the year a child turns 7. */
function learnerBirthYear(context: DemoContext, grade: number): number {
  const [year, month] = dateOf(context.now).split('-').map(Number);
  const schoolYearStart = month >= 9 ? year : year - 1;
  return schoolYearStart - 6 - grade;
}

/** Builds an example.com address from a name without diacritics ("Līga Kalniņa" becomes liga.kalnina@example.com). */
function emailOf(firstName: string, lastName: string): string {
  const plain = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  return `${plain(firstName)}.${plain(lastName)}@example.com`;
}

function personalCode(birthDate: string, serial: number): string {
  return generatePersonalCode(new Date(`${birthDate}T00:00:00Z`), serial);
}

interface StoredApplication {
  definition: DemoApplicationDefinition;
  id: number;
  institutionId: number;
  registrationNumber: string;
  userKind: 'learner' | 'employee';
  socialStatuses: string[];
  submittedAt: Date;
}

/**
 * Submits the demo applications in the order they arrived, so that their PIE numbers grow with
 * the submission time. Then plays each decision in the order it was made, so that the PNA
 * numbers of the handover acts grow with the allocation time.
 */
export async function createDemoApplications(
  context: DemoContext,
  schools: DemoSchools,
  staff: DemoStaff,
  resources: DemoResource[],
): Promise<void> {
  // Parents apply through the e-service at any hour from morning to late evening.
  const arrivals = DEMO_APPLICATIONS.map((definition, index) => ({
    definition,
    index,
    submittedAt: daysAgo(context, definition.submittedDaysAgo, 8 + ((index * 5) % 14), (index * 17) % 60),
  }));
  arrivals.sort((first, second) => first.submittedAt.getTime() - second.submittedAt.getTime());

  const stored: StoredApplication[] = [];
  for (const arrival of arrivals) {
    stored.push(await submitDemoApplication(context, schools, staff, arrival));
  }

  const decided = stored.flatMap((application) => {
    const outcome = application.definition.outcome;
    return outcome.status === 'submitted' ? [] : [{ application, decidedAt: decisionMoment(application.submittedAt, outcome) }];
  });
  decided.sort((first, second) => first.decidedAt.getTime() - second.decidedAt.getTime());
  for (const { application, decidedAt } of decided) {
    assertInPast(
      context,
      decidedAt,
      `the decision on the application of ${application.definition.user.firstName} ${application.definition.user.lastName}`,
    );
    await decideDemoApplication(context, staff, resources, application, decidedAt);
  }
}

/** Returns when the decision was made: staff decide in working hours, and an applicant withdraws in the evening. */
function decisionMoment(submittedAt: Date, outcome: Exclude<DemoOutcome, { status: 'submitted' }>): Date {
  return outcome.status === 'withdrawn'
    ? daysAfter(submittedAt, outcome.afterDays, 20, 30)
    : daysAfter(submittedAt, outcome.afterDays, 11, 15);
}

async function submitDemoApplication(
  context: DemoContext,
  schools: DemoSchools,
  staff: DemoStaff,
  arrival: { definition: DemoApplicationDefinition; index: number; submittedAt: Date },
): Promise<StoredApplication> {
  const { trx } = context;
  const { definition, index, submittedAt } = arrival;
  const school = schools[definition.school];
  const user = definition.user;
  const subtype = await trx('subtype_settings as ss')
    .join('resource_subtypes as s', 's.id', 'ss.subtype_id')
    .where({ 'ss.institution_id': school.id, 's.code': definition.subtype })
    .first('s.id', 'ss.open', 'ss.can_apply');
  if (!subtype?.open || !canApplyAdmits(subtype.can_apply, user.kind)) {
    throw new Error(`Demo data: school "${definition.school}" does not accept ${definition.subtype} applications from a ${user.kind}.`);
  }

  const userCode =
    user.kind === 'learner'
      ? personalCode(`${learnerBirthYear(context, user.grade)}-${user.birthday}`, 600 + index)
      : personalCode(user.birthDate, 600 + index);
  const applicant = definition.parent
    ? { personalCode: personalCode(definition.parent.birthDate, 700 + index), ...definition.parent, role: 'parent_guardian' }
    : { personalCode: userCode, firstName: user.firstName, lastName: user.lastName, role: 'employee' };
  const socialStatuses = definition.socialStatuses ?? [];
  const registrar = definition.paperDocument ? staff.actorAt(definition.school, 'application_registrar') : null;

  const sequence = await nextSequence(trx, school.id, 'application');
  const [row] = await trx('applications')
    .insert({
      ...newRowColumns(submittedAt),
      number: `PIE-${school.registrationNumber}-${sequence}`,
      sequence,
      institution_id: school.id,
      subtype_id: subtype.id,
      submitted_at: submittedAt,
      source: definition.paperDocument ? 'panel' : 'eservice',
      applicant_personal_code: applicant.personalCode,
      applicant_first_name: applicant.firstName,
      applicant_last_name: applicant.lastName,
      applicant_role: applicant.role,
      applicant_email: emailOf(applicant.firstName, applicant.lastName),
      applicant_phone: `+371 26000${String(200 + index).padStart(3, '0')}`,
      user_personal_code: userCode,
      user_first_name: user.firstName,
      user_last_name: user.lastName,
      user_kind: user.kind,
      grade: user.kind === 'learner' ? user.grade : null,
      class_letter: user.kind === 'learner' ? user.classLetter : null,
      programme: null,
      social_support: socialStatuses.length > 0,
      social_statuses: JSON.stringify(socialStatuses),
      notes: definition.notes ?? null,
      status: 'submitted',
      basis_document_number: definition.paperDocument ?? null,
      basis_document_date: definition.paperDocument ? dateOf(submittedAt) : null,
      active_key: applicationActiveKey(school.id, subtype.id, userCode),
      duplicate_elsewhere: false,
    })
    .returning(['id']);
  await recordPastStatusChange(context, {
    trail: 'application',
    recordId: row.id,
    from: null,
    to: 'submitted',
    actor: registrar,
    at: submittedAt,
  });

  return {
    definition,
    id: row.id,
    institutionId: school.id,
    registrationNumber: school.registrationNumber,
    userKind: user.kind,
    socialStatuses,
    submittedAt,
  };
}

async function decideDemoApplication(
  context: DemoContext,
  staff: DemoStaff,
  resources: DemoResource[],
  application: StoredApplication,
  decidedAt: Date,
): Promise<void> {
  const { trx } = context;
  const { definition } = application;
  const outcome = definition.outcome;
  const reviewer = staff.actorAt(definition.school, 'application_reviewer');

  switch (outcome.status) {
    case 'submitted':
      return;
    case 'postponed':
    case 'declined': {
      // A postponed application stays active, but a declined one no longer blocks a new application.
      await trx('applications')
        .where('id', application.id)
        .update({
          status: outcome.status,
          decision_reason: outcome.reason,
          decided_at: decidedAt,
          updated_at: decidedAt,
          ...(outcome.status === 'declined' ? { active_key: null } : {}),
        });
      await recordPastStatusChange(context, {
        trail: 'application',
        recordId: application.id,
        from: 'submitted',
        to: outcome.status,
        actor: reviewer,
        at: decidedAt,
        reason: outcome.reason,
      });
      return;
    }
    case 'withdrawn': {
      // The applicant withdrew in the e-service: no staff member acted and nothing was decided.
      await trx('applications').where('id', application.id).update({ status: 'withdrawn', active_key: null, updated_at: decidedAt });
      await recordPastStatusChange(context, {
        trail: 'application',
        recordId: application.id,
        from: 'submitted',
        to: 'withdrawn',
        actor: null,
        at: decidedAt,
        reason: WITHDRAWN_IN_ESERVICE,
      });
      return;
    }
    case 'approved': {
      const resource = pickResource(resources, application, outcome.device, decidedAt);
      const recipient = definition.parent ?? definition.user;
      await playActStory(context, {
        application: {
          id: application.id,
          status: 'submitted',
          institutionId: application.institutionId,
          registrationNumber: application.registrationNumber,
        },
        resource,
        story: outcome.act,
        allocatedAt: decidedAt,
        reviewer,
        issuer: staff.actorAt(definition.school, 'resource_issuer'),
        recipientName: `${recipient.firstName} ${recipient.lastName}`,
      });
      return;
    }
  }
}

/**
 * Returns the first device of the model that was available at the moment of allocation and
 * passes the same checks as a real allocation.
 */
function pickResource(resources: DemoResource[], application: StoredApplication, device: DeviceName, at: Date): DemoResource {
  const resource = resources.find(
    (candidate) =>
      candidate.device === device &&
      candidate.institution_id === application.institutionId &&
      candidate.statusChangedAt.getTime() < at.getTime() &&
      allocationFailure(candidate, {
        institution_id: application.institutionId,
        user_kind: application.userKind,
        social_support: application.socialStatuses.length > 0,
        social_statuses: application.socialStatuses,
      }) === null,
  );
  if (!resource) {
    throw new Error(
      `Demo data: no ${device} of school "${application.definition.school}" can be allocated on ${at.toISOString()} ` +
        `to ${application.definition.user.firstName} ${application.definition.user.lastName}. Add a device to the demo resources.`,
    );
  }
  return resource;
}
