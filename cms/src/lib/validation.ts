import * as yup from 'yup';
import { normalizePersonalCode, personalCodeProblem, PERSONAL_CODE_MESSAGES_LV } from '@rumis/access';
import { DomainError } from './errors';

const CODE_BY_YUP_TYPE: Record<string, string> = {
  required: 'FIELD_REQUIRED',
  optionality: 'FIELD_REQUIRED',
  nullable: 'FIELD_REQUIRED',
  typeError: 'FIELD_TYPE',
  oneOf: 'FIELD_NOT_ALLOWED',
  noUnknown: 'FIELD_UNKNOWN',
  personal_code: 'PERSONAL_CODE_INVALID',
};

/**
 * Validates input against a yup schema and returns the cast value. The first failing field
 * becomes a 400 DomainError with a stable code (FIELD_REQUIRED, FIELD_TYPE, FIELD_NOT_ALLOWED,
 * PERSONAL_CODE_INVALID or FIELD_INVALID), the field's path and the schema's Latvian message.
 */
export function validateInput<S extends yup.AnyObjectSchema>(schema: S, input: unknown): yup.InferType<S> {
  try {
    return schema.validateSync(input ?? {}, { abortEarly: true, stripUnknown: false }) as yup.InferType<S>;
  } catch (error) {
    if (error instanceof yup.ValidationError) {
      const code = CODE_BY_YUP_TYPE[error.type ?? ''] ?? 'FIELD_INVALID';
      throw new DomainError(400, code, error.errors[0] ?? 'Lauka vērtība nav derīga.', error.path);
    }
    throw error;
  }
}

/** Latvian default messages, so that every schema rejects in Latvian without repeating them. */
yup.setLocale({
  mixed: {
    required: ({ path }) => `Lauks "${path}" ir obligāts.`,
    notType: ({ path }) => `Lauka "${path}" vērtība nav pareizā formā.`,
    oneOf: ({ path, values }) => `Lauka "${path}" vērtībai jābūt vienai no: ${values}.`,
    default: ({ path }) => `Lauka "${path}" vērtība nav derīga.`,
  },
  string: {
    max: ({ path, max }) => `Lauks "${path}" var būt ne garāks par ${max} rakstzīmēm.`,
    min: ({ path, min }) => `Laukam "${path}" jābūt vismaz ${min} rakstzīmes garam.`,
    email: ({ path }) => `Lauka "${path}" vērtībai jābūt e-pasta adresei.`,
    matches: ({ path }) => `Lauka "${path}" vērtība nav pareizā formātā.`,
  },
  number: {
    min: ({ path, min }) => `Lauka "${path}" vērtībai jābūt vismaz ${min}.`,
    max: ({ path, max }) => `Lauka "${path}" vērtība nedrīkst pārsniegt ${max}.`,
    integer: ({ path }) => `Lauka "${path}" vērtībai jābūt veselam skaitlim.`,
  },
  object: { noUnknown: ({ path, unknown }) => `Nezināms lauks${path ? ` laukā "${path}"` : ''}: ${unknown}.` },
  array: { min: ({ path, min }) => `Laukā "${path}" jānorāda vismaz ${min} vērtība(s).` },
});

/** Builds a required personal-code field: normalized (hyphen removed) and checked by the Latvian rules. */
export function personalCodeField() {
  return yup
    .string()
    .transform((value: unknown) => (typeof value === 'string' ? normalizePersonalCode(value) : value))
    .required()
    .test('personal_code', 'Personas kods nav derīgs.', function checkPersonalCode(value) {
      const problem = value ? personalCodeProblem(value) : 'format';
      return problem === null ? true : this.createError({ message: PERSONAL_CODE_MESSAGES_LV[problem] });
    });
}

/** Builds an ISO date field (YYYY-MM-DD) kept as a string, so no time zone can shift it. */
export function isoDateField() {
  return yup
    .string()
    .matches(/^\d{4}-\d{2}-\d{2}$/, ({ path }) => `Lauka "${path}" vērtībai jābūt datumam formā GGGG-MM-DD.`)
    .test('real_date', ({ path }) => `Lauka "${path}" datums neeksistē.`, (value) => {
      if (!value) {
        return true;
      }
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    });
}

/** Parses a positive integer id from a path or body. Anything else is a 400 error naming the field. */
export function parseId(value: unknown, field = 'id'): number {
  const id = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(id) || id <= 0 || (typeof value === 'string' && !/^\d+$/.test(value))) {
    throw new DomainError(400, 'ID_INVALID', `Lauka "${field}" vērtībai jābūt pozitīvam veselam skaitlim.`, field);
  }
  return id;
}
