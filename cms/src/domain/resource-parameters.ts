import type { LocalizedText } from '../lib/errors';

/**
 * Technical parameters of a resource. A subtype in the catalog lists the parameter keys its
 * resources record and which of them are required. The value types below are fixed in code.
 */

export interface ParameterDefinition {
  key: string;
  required?: boolean;
}

export type ParameterKind = 'positive_number' | 'boolean' | 'text';

export type ParameterValue = number | boolean | string;

/** A failed rule on one input field, with a stable code and a message in Latvian and English. */
export interface RuleProblem {
  code: string;
  field: string;
  message: LocalizedText;
}

const PARAMETER_KINDS: Record<string, ParameterKind> = {
  ram_gb: 'positive_number',
  storage_gb: 'positive_number',
  screen_inches: 'positive_number',
  stylus: 'boolean',
};

/** Latvian names of the parameters the seed catalog defines, in the order forms and files show them. */
export const PARAMETER_LABELS_LV: Record<string, string> = {
  operating_system: 'Operētājsistēma',
  ram_gb: 'Operatīvā atmiņa (GB)',
  storage_gb: 'Datu krātuve (GB)',
  screen_inches: 'Ekrāna izmērs (collas)',
  case_type: 'Korpusa veids',
  stylus: 'Irbulis',
  connectivity: 'Savienojamība',
  notes: 'Tehniskās piezīmes',
};

/** English names of the same parameters, as the panel's English language pack has them. */
const PARAMETER_LABELS_EN: Record<string, string> = {
  operating_system: 'Operating system',
  ram_gb: 'RAM (GB)',
  storage_gb: 'Storage (GB)',
  screen_inches: 'Screen size (inches)',
  case_type: 'Case type',
  stylus: 'Stylus',
  connectivity: 'Connectivity',
  notes: 'Technical notes',
};

export const MAX_PARAMETER_TEXT_LENGTH = 200;

/** Parameters without a fixed type (keys a catalog administrator added later included) are text. */
export function parameterKind(key: string): ParameterKind {
  return PARAMETER_KINDS[key] ?? 'text';
}

export function parameterLabel(key: string): string {
  return PARAMETER_LABELS_LV[key] ?? key;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function parameterLabelEn(key: string): string {
  return PARAMETER_LABELS_EN[key] ?? key;
}

/** Maximum length of a rejected value that a message quotes. */
const MAX_QUOTED_LENGTH = 60;

/** Quotes the rejected value for a message, shortened, or returns null for a value that is not text or a number. */
function quotedValue(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') {
    return `"${String(value)}"`;
  }
  if (typeof value !== 'string') {
    return null;
  }
  const text = value.trim();
  return text.length > MAX_QUOTED_LENGTH ? `"${text.slice(0, MAX_QUOTED_LENGTH)}…"` : `"${text}"`;
}

function typeMessage(key: string, kind: ParameterKind, value: unknown): LocalizedText {
  const lv = `Tehniskā parametra "${parameterLabel(key)}" vērtībai`;
  const en = `The value of the technical parameter "${parameterLabelEn(key)}"`;
  const quoted = quotedValue(value);
  const givenLv = quoted ? ` Norādīts: ${quoted}.` : '';
  const givenEn = quoted ? ` Given: ${quoted}.` : '';
  switch (kind) {
    case 'positive_number':
      return {
        lv: `${lv} jābūt pozitīvam skaitlim, piemēram, 8 vai 11,6.${givenLv}`,
        en: `${en} must be a positive number, for example 8 or 11.6.${givenEn}`,
      };
    case 'boolean':
      return { lv: `${lv} jābūt "Jā" vai "Nē".${givenLv}`, en: `${en} must be "Jā" (yes) or "Nē" (no).${givenEn}` };
    case 'text': {
      const length = typeof value === 'string' ? value.trim().length : undefined;
      return {
        lv: `${lv} jābūt tekstam, ne garākam par ${MAX_PARAMETER_TEXT_LENGTH} rakstzīmēm.${length === undefined ? '' : ` Norādītā teksta garums: ${length}.`}`,
        en: `${en} must be text of at most ${MAX_PARAMETER_TEXT_LENGTH} characters.${length === undefined ? '' : ` Given length: ${length}.`}`,
      };
    }
  }
}

function checkedValue(value: unknown, kind: ParameterKind): ParameterValue | undefined {
  switch (kind) {
    case 'positive_number':
      return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'text':
      return typeof value === 'string' && value.trim().length <= MAX_PARAMETER_TEXT_LENGTH ? value.trim() : undefined;
  }
}

/**
 * Checks a resource's parameters against its subtype's definitions and returns the values to
 * store with every problem found. A key the subtype does not define is rejected when it has a
 * value and dropped when it is empty, because the panel keeps empty keys of a previously chosen
 * subtype in the form.
 */
export function checkParameters(
  definitions: readonly ParameterDefinition[],
  parameters: Record<string, unknown>,
  subtypeLabel: LocalizedText,
): { values: Record<string, ParameterValue>; problems: RuleProblem[] } {
  const values: Record<string, ParameterValue> = {};
  const problems: RuleProblem[] = [];
  const defined = new Set(definitions.map((definition) => definition.key));

  for (const [key, value] of Object.entries(parameters)) {
    if (!defined.has(key) && !isEmpty(value)) {
      const allowedLv = definitions.map((definition) => `"${parameterLabel(definition.key)}"`).join(', ');
      const allowedEn = definitions.map((definition) => `"${parameterLabelEn(definition.key)}"`).join(', ');
      problems.push({
        code: 'PARAMETER_UNKNOWN',
        field: `parameters.${key}`,
        message: {
          lv: `Apakštipam "${subtypeLabel.lv}" nav tehniskā parametra "${parameterLabel(key)}". Atstājiet to tukšu. Šī apakštipa parametri: ${allowedLv || '(nav)'}.`,
          en: `The subtype "${subtypeLabel.en}" has no technical parameter "${parameterLabelEn(key)}". Leave it empty. The parameters of this subtype: ${allowedEn || '(none)'}.`,
        },
      });
    }
  }

  for (const definition of definitions) {
    const value = parameters[definition.key];
    if (isEmpty(value)) {
      if (definition.required) {
        problems.push({
          code: 'PARAMETER_REQUIRED',
          field: `parameters.${definition.key}`,
          message: {
            lv: `Šim apakštipam obligāti jānorāda tehniskais parametrs "${parameterLabel(definition.key)}".`,
            en: `This subtype requires the technical parameter "${parameterLabelEn(definition.key)}".`,
          },
        });
      }
      continue;
    }
    const kind = parameterKind(definition.key);
    const checked = checkedValue(value, kind);
    if (checked === undefined) {
      problems.push({ code: 'PARAMETER_TYPE', field: `parameters.${definition.key}`, message: typeMessage(definition.key, kind, value) });
    } else {
      values[definition.key] = checked;
    }
  }
  return { values, problems };
}
