import { toIsoDate } from '../common/dates';

type Values = Record<string, unknown>;

const optional = (value: unknown) => (value === '' || value === undefined ? null : value);

function section(values: Values, name: string): Values {
  const value = values[name];
  return typeof value === 'object' && value !== null ? (value as Values) : {};
}

/**
 * Builds the body of POST /applications from the registrar's form. A learner's grade, class
 * and programme are sent only for learners, and social-support groups only when support is claimed.
 */
export function toApplicationBody(values: Values, options: { withInstitution: boolean }): Values {
  const applicant = section(values, 'applicant');
  const user = section(values, 'resourceUser');
  const isLearner = user.kind === 'learner';
  const socialSupport = values.socialSupport === true;
  return {
    ...(options.withInstitution ? { institutionId: optional(values.institutionId) } : {}),
    subtypeId: values.subtypeId,
    applicant: {
      personalCode: applicant.personalCode,
      firstName: applicant.firstName,
      lastName: applicant.lastName,
      role: applicant.role,
      email: optional(applicant.email),
      phone: optional(applicant.phone),
    },
    resourceUser: {
      personalCode: user.personalCode,
      firstName: user.firstName,
      lastName: user.lastName,
      kind: user.kind,
      grade: isLearner ? optional(user.grade) : null,
      classLetter: isLearner ? optional(user.classLetter) : null,
      programme: isLearner ? optional(user.programme) : null,
    },
    socialSupport,
    socialStatuses: socialSupport && Array.isArray(values.socialStatuses) ? values.socialStatuses : [],
    notes: optional(values.notes),
    basisDocumentNumber: values.basisDocumentNumber,
    basisDocumentDate: toIsoDate(values.basisDocumentDate),
  };
}
