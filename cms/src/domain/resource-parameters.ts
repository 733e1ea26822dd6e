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

/** A failed rule on one input field, with a stable code and a Latvian message. */
export interface RuleProblem {
  code: string;
  field: string;
  message: string;
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
  case_type: 'Korpusa tips',
  stylus: 'Irbulis',
  connectivity: 'Savienojamība',
  notes: 'Parametru piezīmes',
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

function typeMessage(key: string, kind: ParameterKind): string {
  const name = `Tehniskā parametra "${parameterLabel(key)}" (${key}) vērtībai`;
  switch (kind) {
    case 'positive_number':
      return `${name} jābūt pozitīvam skaitlim.`;
    case 'boolean':
      return `${name} jābūt "jā" vai "nē" (true vai false).`;
    case 'text':
      return `${name} jābūt tekstam, ne garākam par ${MAX_PARAMETER_TEXT_LENGTH} rakstzīmēm.`;
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
  subtypeLabel: string,
): { values: Record<string, ParameterValue>; problems: RuleProblem[] } {
  const values: Record<string, ParameterValue> = {};
  const problems: RuleProblem[] = [];
  const defined = new Set(definitions.map((definition) => definition.key));

  for (const [key, value] of Object.entries(parameters)) {
    if (!defined.has(key) && !isEmpty(value)) {
      const allowed = definitions.map((definition) => definition.key).join(', ') || '(nav)';
      problems.push({
        code: 'PARAMETER_UNKNOWN',
        field: `parameters.${key}`,
        message: `Apakštipam "${subtypeLabel}" nav tehniskā parametra "${key}". Atļautie parametri: ${allowed}.`,
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
          message: `Šim apakštipam obligāti jānorāda tehniskais parametrs "${parameterLabel(definition.key)}" (${definition.key}).`,
        });
      }
      continue;
    }
    const kind = parameterKind(definition.key);
    const checked = checkedValue(value, kind);
    if (checked === undefined) {
      problems.push({ code: 'PARAMETER_TYPE', field: `parameters.${definition.key}`, message: typeMessage(definition.key, kind) });
    } else {
      values[definition.key] = checked;
    }
  }
  return { values, problems };
}
