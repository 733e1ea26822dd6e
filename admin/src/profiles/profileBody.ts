import { toIsoDate } from '../common/dates';

type Values = Record<string, unknown>;

const textOrNull = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * Builds the body of POST or PUT /profiles from the form values. Only the object of the chosen
 * level is sent (a supervisor for the supervisor level, an institution for the institution level),
 * because the server rejects unknown fields and checks the object against the level.
 */
export function toProfileBody(values: Values): Values {
  const level = values.level;
  return {
    userId: values.userId,
    level,
    supervisorId: level === 'municipality' ? (values.supervisorId ?? null) : null,
    institutionId: level === 'institution' ? (values.institutionId ?? null) : null,
    roles: Array.isArray(values.roles) ? values.roles : [],
    validUntil: toIsoDate(values.validUntil),
    email: textOrNull(values.email),
    phone: textOrNull(values.phone),
    jobTitle: textOrNull(values.jobTitle),
    basisDocumentNumber: textOrNull(values.basisDocumentNumber),
    basisDocumentDate: toIsoDate(values.basisDocumentDate),
    blocked: values.blocked === true,
  };
}
