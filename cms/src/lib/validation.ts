import * as yup from 'yup';
import { normalizePersonalCode, personalCodeProblem, PERSONAL_CODE_MESSAGES_EN, PERSONAL_CODE_MESSAGES_LV } from '@rumis/access';
import { DomainError, isLocalizedText, type LocalizedText } from './errors';

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
 * Returns the bilingual message of a yup error. Every message of this application is a
 * { lv, en } object, which yup 1.7 keeps unchanged in `errors`, as it does a message function's
 * result. A plain string can only be a yup default that the locale below does not override, so
 * it is replaced by a general message about the field.
 */
export function validationMessage(error: yup.ValidationError): LocalizedText {
  const message: unknown = error.errors[0];
  if (isLocalizedText(message)) {
    return message;
  }
  const path = error.path ?? '';
  return { lv: `Lauka "${path}" vērtība nav derīga.`, en: `The value of the field "${path}" is not valid.` };
}

/**
 * Validates input against a yup schema and returns the cast value. The first failing field
 * becomes a 400 DomainError with a stable code (FIELD_REQUIRED, FIELD_TYPE, FIELD_NOT_ALLOWED,
 * PERSONAL_CODE_INVALID or FIELD_INVALID), the field's path and the schema's bilingual message.
 */
export function validateInput<S extends yup.AnyObjectSchema>(schema: S, input: unknown): yup.InferType<S> {
  try {
    return schema.validateSync(input ?? {}, { abortEarly: true, stripUnknown: false }) as yup.InferType<S>;
  } catch (error) {
    if (error instanceof yup.ValidationError) {
      const code = CODE_BY_YUP_TYPE[error.type ?? ''] ?? 'FIELD_INVALID';
      throw new DomainError(400, code, validationMessage(error), error.path);
    }
    throw error;
  }
}

/**
 * Default messages in Latvian and English, so that every schema rejects in both languages
 * without repeating them. Each function returns a { lv, en } object as the message.
 */
yup.setLocale({
  mixed: {
    required: ({ path }) => ({ lv: `Lauks "${path}" ir obligāts.`, en: `The field "${path}" is required.` }),
    notType: ({ path }) => ({
      lv: `Lauka "${path}" vērtība nav pareizā formā.`,
      en: `The value of the field "${path}" has the wrong type.`,
    }),
    oneOf: ({ path, values }) => ({
      lv: `Lauka "${path}" vērtībai jābūt vienai no: ${values}.`,
      en: `The value of the field "${path}" must be one of: ${values}.`,
    }),
    notOneOf: ({ path }) => ({ lv: `Lauka "${path}" vērtība nav atļauta.`, en: `The value of the field "${path}" is not allowed.` }),
    defined: ({ path }) => ({ lv: `Lauks "${path}" ir obligāts.`, en: `The field "${path}" is required.` }),
    notNull: ({ path }) => ({ lv: `Lauks "${path}" ir obligāts.`, en: `The field "${path}" is required.` }),
    default: ({ path }) => ({ lv: `Lauka "${path}" vērtība nav derīga.`, en: `The value of the field "${path}" is not valid.` }),
  },
  string: {
    max: ({ path, max }) => ({
      lv: `Lauks "${path}" var būt ne garāks par ${max} rakstzīmēm.`,
      en: `The field "${path}" can be at most ${max} characters long.`,
    }),
    min: ({ path, min }) => ({
      lv: `Laukam "${path}" jābūt vismaz ${min} rakstzīmes garam.`,
      en: `The field "${path}" must be at least ${min} characters long.`,
    }),
    length: ({ path, length }) => ({
      lv: `Laukam "${path}" jābūt tieši ${length} rakstzīmes garam.`,
      en: `The field "${path}" must be exactly ${length} characters long.`,
    }),
    email: ({ path }) => ({
      lv: `Lauka "${path}" vērtībai jābūt e-pasta adresei.`,
      en: `The value of the field "${path}" must be an e-mail address.`,
    }),
    matches: ({ path }) => ({
      lv: `Lauka "${path}" vērtība nav pareizā formātā.`,
      en: `The value of the field "${path}" has the wrong format.`,
    }),
  },
  number: {
    min: ({ path, min }) => ({
      lv: `Lauka "${path}" vērtībai jābūt vismaz ${min}.`,
      en: `The value of the field "${path}" must be at least ${min}.`,
    }),
    max: ({ path, max }) => ({
      lv: `Lauka "${path}" vērtība nedrīkst pārsniegt ${max}.`,
      en: `The value of the field "${path}" must not exceed ${max}.`,
    }),
    positive: ({ path }) => ({ lv: `Lauka "${path}" vērtībai jābūt pozitīvai.`, en: `The value of the field "${path}" must be positive.` }),
    integer: ({ path }) => ({
      lv: `Lauka "${path}" vērtībai jābūt veselam skaitlim.`,
      en: `The value of the field "${path}" must be an integer.`,
    }),
  },
  object: {
    noUnknown: ({ path, unknown }) => ({
      lv: `Nezināms lauks${path ? ` laukā "${path}"` : ''}: ${unknown}.`,
      en: `Unknown field${path ? ` in the field "${path}"` : ''}: ${unknown}.`,
    }),
  },
  array: {
    min: ({ path, min }) => ({
      lv: `Laukā "${path}" jānorāda vismaz ${min} vērtība(s).`,
      en: `Give at least ${min} value(s) in the field "${path}".`,
    }),
    max: ({ path, max }) => ({
      lv: `Laukā "${path}" var norādīt ne vairāk kā ${max} vērtības.`,
      en: `Give at most ${max} values in the field "${path}".`,
    }),
  },
});

/** Builds a required personal-code field: normalized (hyphen removed) and checked by the Latvian rules. */
export function personalCodeField() {
  return yup
    .string()
    .transform((value: unknown) => (typeof value === 'string' ? normalizePersonalCode(value) : value))
    .required()
    .test('personal_code', { lv: 'Personas kods nav derīgs.', en: 'The personal code is not valid.' }, function checkPersonalCode(value) {
      const problem = value ? personalCodeProblem(value) : 'format';
      return problem === null
        ? true
        : this.createError({ message: { lv: PERSONAL_CODE_MESSAGES_LV[problem], en: PERSONAL_CODE_MESSAGES_EN[problem] } });
    });
}

/** Builds an ISO date field (YYYY-MM-DD) kept as a string, so no time zone can shift it. */
export function isoDateField() {
  return yup
    .string()
    .matches(/^\d{4}-\d{2}-\d{2}$/, ({ path }) => ({
      lv: `Lauka "${path}" vērtībai jābūt datumam formā GGGG-MM-DD.`,
      en: `The value of the field "${path}" must be a date in the form YYYY-MM-DD.`,
    }))
    .test(
      'real_date',
      ({ path }) => ({ lv: `Lauka "${path}" datums neeksistē.`, en: `The date in the field "${path}" does not exist.` }),
      (value) => {
        if (!value) {
          return true;
        }
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
      },
    );
}

/** Parses a positive integer id from a path or body. Anything else is a 400 error naming the field. */
export function parseId(value: unknown, field = 'id'): number {
  const id = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(id) || id <= 0 || (typeof value === 'string' && !/^\d+$/.test(value))) {
    throw new DomainError(
      400,
      'ID_INVALID',
      {
        lv: `Lauka "${field}" vērtībai jābūt pozitīvam veselam skaitlim.`,
        en: `The value of the field "${field}" must be a positive integer.`,
      },
      field,
    );
  }
  return id;
}
