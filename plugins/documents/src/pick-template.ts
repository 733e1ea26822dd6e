import type { TemplateKind } from './handover-act-document-data';

export type TemplateLevel = 'state' | 'municipality' | 'institution';

/** The fields of a stored document template that decide whether it applies. */
export interface TemplateCandidate {
  id?: number;
  kind: TemplateKind;
  resourceTypeCode: string;
  level: TemplateLevel;
  /** Supervisor (municipality or ministry) of a `municipality` level template. */
  supervisorId?: number | null;
  institutionId?: number | null;
  /** First day of validity as YYYY-MM-DD, the format of Strapi `date` attributes. */
  validFrom: string;
  /** Last day of validity as YYYY-MM-DD, or empty for no end. */
  validTo?: string | null;
  active: boolean;
}

export interface TemplateCriteria {
  kind: TemplateKind;
  resourceTypeCode: string;
  institutionId: number;
  /** Supervisor of the institution. */
  supervisorId: number;
  /** Moment the document is made for. Validity is compared on its calendar day in Latvia. */
  on: Date;
}

const LEVEL_ORDER: Record<TemplateLevel, number> = { institution: 0, municipality: 1, state: 2 };

/**
 * Returns the most specific active template valid on `criteria.on`: one of the institution,
 * then one of its supervisor, then a state one. Among templates of the same level the one
 * with the latest validFrom wins, then the highest id. Returns null when none applies.
 */
export function pickTemplate<T extends TemplateCandidate>(
  candidates: readonly T[],
  criteria: TemplateCriteria,
): T | null {
  const day = calendarDayInLatvia(criteria.on);
  const applicable = candidates.filter(
    (candidate) =>
      candidate.active &&
      candidate.kind === criteria.kind &&
      candidate.resourceTypeCode === criteria.resourceTypeCode &&
      isValidOn(candidate, day) &&
      isForOrganisation(candidate, criteria),
  );

  applicable.sort(
    (left, right) =>
      LEVEL_ORDER[left.level] - LEVEL_ORDER[right.level] ||
      right.validFrom.localeCompare(left.validFrom) ||
      (right.id ?? 0) - (left.id ?? 0),
  );
  return applicable[0] ?? null;
}

function isValidOn(candidate: TemplateCandidate, day: string): boolean {
  // YYYY-MM-DD strings sort in date order, and both ends of the validity are inclusive.
  return candidate.validFrom <= day && (!candidate.validTo || day <= candidate.validTo);
}

function isForOrganisation(candidate: TemplateCandidate, criteria: TemplateCriteria): boolean {
  switch (candidate.level) {
    case 'institution':
      return candidate.institutionId === criteria.institutionId;
    case 'municipality':
      return candidate.supervisorId === criteria.supervisorId;
    case 'state':
      return true;
    default:
      return false;
  }
}

/** Formats the calendar day of `moment` in the Europe/Riga time zone as YYYY-MM-DD. */
function calendarDayInLatvia(moment: Date): string {
  if (Number.isNaN(moment.getTime())) {
    throw new RangeError('pickTemplate: criteria.on is an invalid Date');
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Riga',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
