import { checkParameters, type ParameterDefinition, type ParameterValue, type RuleProblem } from './resource-parameters';

/** A resource subtype from the catalog, with its type and parameter definitions. */
export interface SubtypeDefinition {
  id: number;
  code: string;
  labelLv: string;
  /** English label; the Latvian one where the catalog has none. */
  labelEn: string;
  active: boolean;
  typeId: number | null;
  parameters: ParameterDefinition[];
}

/** The input fields the cross-field rules read. */
export interface RuleInput {
  socialSupport: boolean;
  usagePurpose: string;
  targetGroup: string;
  valueEur?: number | null;
  parameters: Record<string, unknown>;
}

export interface RuleOutcome {
  /** Set when the subtype exists, is active and has a type. */
  subtype?: SubtypeDefinition & { typeId: number };
  parameters: Record<string, ParameterValue>;
  problems: RuleProblem[];
}

/**
 * Checks the rules that tie a resource's fields together: an active subtype, its technical
 * parameters, and the target group of a social-support resource. Returns every problem found.
 */
export function checkResourceRules(input: RuleInput, subtype: SubtypeDefinition | undefined): RuleOutcome {
  const problems: RuleProblem[] = [];
  let parameters: Record<string, ParameterValue> = {};
  let usable: RuleOutcome['subtype'];

  if (!subtype || !subtype.active || subtype.typeId === null) {
    problems.push({
      code: 'SUBTYPE_NOT_FOUND',
      field: 'subtypeId',
      message: {
        lv: 'Norādītais resursa apakštips neeksistē vai nav aktīvs.',
        en: 'The resource subtype does not exist or is not active.',
      },
    });
  } else {
    usable = { ...subtype, typeId: subtype.typeId };
    const checked = checkParameters(subtype.parameters, input.parameters, { lv: subtype.labelLv, en: subtype.labelEn });
    parameters = checked.values;
    problems.push(...checked.problems);
  }

  // A social-support device lent to one person must be earmarked for socially less protected learners.
  if (input.socialSupport && input.usagePurpose === 'issued_individually' && input.targetGroup !== 'socially_disadvantaged_learners') {
    problems.push({
      code: 'SOCIAL_SUPPORT_TARGET_GROUP',
      field: 'targetGroup',
      message: {
        lv: 'Sociālā atbalsta resursam, ko izsniedz individuāli, mērķa grupai jābūt "Sociāli mazāk aizsargātiem izglītojamiem".',
        en: 'A social-support resource issued individually must have the target group "Socially less protected learners".',
      },
    });
  }
  // The handover act states the device's value, so a device lent to one person needs one.
  if (input.usagePurpose === 'issued_individually' && (input.valueEur === null || input.valueEur === undefined)) {
    problems.push({
      code: 'VALUE_REQUIRED',
      field: 'valueEur',
      message: {
        lv: 'Individuāli izsniedzamam resursam jānorāda vērtība ar PVN (EUR), jo tā tiek ierakstīta pieņemšanas-nodošanas aktā.',
        en: 'A resource for individual issue needs its value with VAT (EUR), because the handover act states it.',
      },
    });
  }
  return { subtype: usable, parameters, problems };
}
