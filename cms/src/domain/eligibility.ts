import type { LocalizedText } from '../lib/errors';

/**
 * Rules a resource must pass before it can be allocated to an application. Each failing rule is
 * its own error code, so the reviewer learns exactly why a device cannot be allocated.
 */

export interface EligibilityResource {
  institution_id: number;
  status: string;
  usage_purpose: string;
  target_group: string;
  social_support: boolean;
}

export interface EligibilityApplication {
  institution_id: number;
  user_kind: 'learner' | 'employee';
  social_support: boolean;
  social_statuses: string[];
}

export interface EligibilityFailure {
  code: string;
  messages: LocalizedText;
}

const LEARNER_GROUPS = ['learners', 'all', 'socially_disadvantaged_learners'];
const EMPLOYEE_GROUPS = ['employees', 'all'];

/** Returns the first rule the resource fails for the application, or null when it may be allocated. */
export function allocationFailure(resource: EligibilityResource, application: EligibilityApplication): EligibilityFailure | null {
  if (resource.institution_id !== application.institution_id) {
    return {
      code: 'RESOURCE_OTHER_INSTITUTION',
      messages: {
        lv: 'Resurss pieder citai izglītības iestādei, nevis pieteikuma iestādei.',
        en: 'The resource belongs to another education institution, not to the institution of the application.',
      },
    };
  }
  if (resource.status !== 'available') {
    return {
      code: 'RESOURCE_NOT_AVAILABLE',
      messages: { lv: 'Resursa statuss nav "Pieejams izsniegšanai".', en: 'The status of the resource is not "Available for issue".' },
    };
  }
  if (resource.usage_purpose !== 'issued_individually') {
    return {
      code: 'RESOURCE_NOT_FOR_INDIVIDUAL_ISSUE',
      messages: {
        lv: 'Resursa lietošanas mērķis nav "Izsniegšanai individuāli".',
        en: 'The usage purpose of the resource is not "For individual issue".',
      },
    };
  }
  const fits = application.user_kind === 'learner' ? LEARNER_GROUPS : EMPLOYEE_GROUPS;
  if (!fits.includes(resource.target_group)) {
    return {
      code: 'RESOURCE_TARGET_GROUP_MISMATCH',
      messages:
        application.user_kind === 'learner'
          ? { lv: 'Resursa mērķa grupa neatbilst izglītojamajam.', en: 'The target group of the resource does not include learners.' }
          : { lv: 'Resursa mērķa grupa neatbilst darbiniekam.', en: 'The target group of the resource does not include employees.' },
    };
  }
  const declaresSupport = application.social_support && application.social_statuses.length > 0;
  if ((resource.social_support || resource.target_group === 'socially_disadvantaged_learners') && !declaresSupport) {
    return {
      code: 'RESOURCE_SOCIAL_SUPPORT_REQUIRED',
      messages: {
        lv: 'Sociālā atbalsta resursu var piešķirt tikai tad, ja pieteikumā norādīta vismaz viena sociālā atbalsta grupa.',
        en: 'A social-support resource can be allocated only if the application names at least one social-support group.',
      },
    };
  }
  return null;
}

/** Default return deadline: the next 30 June, the end of the Latvian school year. */
export function defaultReturnDeadline(today: string): string {
  const year = Number(today.slice(0, 4));
  const endOfYear = `${year}-06-30`;
  return today <= endOfYear ? endOfYear : `${year + 1}-06-30`;
}
