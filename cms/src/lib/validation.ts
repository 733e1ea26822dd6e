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

/** Labels of input fields as the panel shows them, so that messages name a field in the user's words. */
const FIELD_LABELS: Record<string, LocalizedText> = {
  acceptApplications: { lv: 'Pieņem pieteikumus', en: 'Accepts applications' },
  acceptsApplications: { lv: 'Pieņem pieteikumus', en: 'Accepts applications' },
  acquisitionDate: { lv: 'Iegādes datums', en: 'Acquisition date' },
  acquisitionType: { lv: 'Iegādes veids', en: 'Acquisition type' },
  address: { lv: 'Adrese', en: 'Address' },
  applicant: { lv: 'Iesniedzējs', en: 'Applicant' },
  basisDocumentDate: { lv: 'Pamatojuma dokumenta datums', en: 'Basis document date' },
  basisDocumentNumber: { lv: 'Pamatojuma dokumenta numurs', en: 'Basis document number' },
  blocked: { lv: 'Bloķēts', en: 'Blocked' },
  canApply: { lv: 'Kas var pieteikties', en: 'Who can apply' },
  classLetter: { lv: 'Klases burts', en: 'Class letter' },
  condition: { lv: 'Stāvoklis', en: 'Condition' },
  conditionAtIssue: { lv: 'Stāvoklis izsniedzot', en: 'Condition at issue' },
  contacts: { lv: 'Kontaktpersonas', en: 'Contact persons' },
  date: { lv: 'Datums', en: 'Date' },
  email: { lv: 'E-pasts', en: 'E-mail' },
  firstName: { lv: 'Vārds', en: 'First name' },
  fundingProgramme: { lv: 'Finansējuma programma', en: 'Funding programme' },
  grade: { lv: 'Klase', en: 'Grade' },
  institutionId: { lv: 'Izglītības iestāde', en: 'Institution' },
  institutionRegistrationNumber: { lv: 'Iestādes reģistrācijas numurs', en: 'Institution registration number' },
  inventoryNumber: { lv: 'Inventāra numurs', en: 'Inventory number' },
  issuedOn: { lv: 'Izsniegšanas datums', en: 'Issue date' },
  items: { lv: 'Rindas', en: 'Rows' },
  jobTitle: { lv: 'Amats', en: 'Job title' },
  kind: { lv: 'Veids', en: 'Kind' },
  lastName: { lv: 'Uzvārds', en: 'Last name' },
  level: { lv: 'Piekļuves līmenis', en: 'Access level' },
  location: { lv: 'Atrašanās vieta', en: 'Location' },
  manufactureYear: { lv: 'Izgatavošanas gads', en: 'Year of manufacture' },
  manufacturer: { lv: 'Ražotājs', en: 'Manufacturer' },
  model: { lv: 'Modelis', en: 'Model' },
  notes: { lv: 'Piezīmes', en: 'Notes' },
  open: { lv: 'Atvērts pieteikumiem', en: 'Open for applications' },
  ownName: { lv: 'Iestādes piešķirtais nosaukums', en: 'Name given by the institution' },
  parameters: { lv: 'Tehniskie parametri', en: 'Technical parameters' },
  personalCode: { lv: 'Personas kods', en: 'Personal code' },
  phone: { lv: 'Tālrunis', en: 'Phone' },
  reason: { lv: 'Iemesls', en: 'Reason' },
  receivedBy: { lv: 'Saņēmējs', en: 'Received by' },
  recipientName: { lv: 'Saņēmējs', en: 'Recipient' },
  resourceGroup: { lv: 'Resursu grupa', en: 'Resource group' },
  resourceId: { lv: 'Resurss', en: 'Resource' },
  resourceUser: { lv: 'Resursa lietotājs', en: 'Resource user' },
  returnDeadline: { lv: 'Atdošanas termiņš', en: 'Return deadline' },
  returnedOn: { lv: 'Atgriešanas datums', en: 'Return date' },
  role: { lv: 'Loma', en: 'Role' },
  roles: { lv: 'Lomas', en: 'Roles' },
  serialNumber: { lv: 'Sērijas numurs', en: 'Serial number' },
  socialStatuses: { lv: 'Sociālā atbalsta grupas', en: 'Social-support groups' },
  socialSupport: { lv: 'Sociālā atbalsta resurss', en: 'Social-support resource' },
  status: { lv: 'Statuss', en: 'Status' },
  subtypeCode: { lv: 'Apakštips', en: 'Subtype' },
  subtypeId: { lv: 'Apakštips', en: 'Subtype' },
  subtypes: { lv: 'Apakštipi', en: 'Subtypes' },
  supervisorId: { lv: 'Vadošā iestāde', en: 'Supervisor' },
  targetGroup: { lv: 'Mērķa grupa', en: 'Target group' },
  town: { lv: 'Pilsēta', en: 'Town' },
  usagePurpose: { lv: 'Lietošanas mērķis', en: 'Usage purpose' },
  userId: { lv: 'Persona', en: 'Person' },
  validUntil: { lv: 'Derīgs līdz', en: 'Valid until' },
  valueEur: { lv: 'Vērtība ar PVN (EUR)', en: 'Value with VAT (EUR)' },
};

/**
 * Names the field of a validation path in both languages: the panel's label of the last
 * segment, with the 1-based entry number of a list, such as "Sērijas numurs (3. ieraksts)" for
 * items[2].serialNumber. A path without a label keeps its own name.
 */
export function fieldLabel(path: string | undefined): LocalizedText {
  const segments = (path ?? '').split('.');
  const name = (segments[segments.length - 1] ?? '').replace(/\[\d+\]$/, '');
  const label = FIELD_LABELS[name] ?? { lv: name, en: name };
  const index = /\[(\d+)\]/.exec(path ?? '')?.[1];
  if (index === undefined) {
    return label;
  }
  const entry = Number(index) + 1;
  return { lv: `${label.lv} (${entry}. ieraksts)`, en: `${label.en} (entry ${entry})` };
}

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
  return { lv: `Lauka "${fieldLabel(error.path).lv}" vērtība nav derīga.`, en: `The value of the field "${fieldLabel(error.path).en}" is not valid.` };
}

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Returns the path of the first string in a value that contains a NUL character or a lone UTF-16
 * surrogate. PostgreSQL text columns reject NUL with error 22021, and the database driver would
 * silently store U+FFFD in place of a lone surrogate. The path has the form of yup's paths, such
 * as items[2].serialNumber, and is the empty string for the value itself.
 */
export function forbiddenCharacterPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') || LONE_SURROGATE.test(value) ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = forbiddenCharacterPath(item, `${path}[${index}]`);
      if (found !== undefined) {
        return found;
      }
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = forbiddenCharacterPath(item, path ? `${path}.${key}` : key);
      if (found !== undefined) {
        return found;
      }
    }
  }
  return undefined;
}

/** Rejects input with a NUL character or a lone surrogate in any string, naming the field. */
function rejectForbiddenCharacters(input: unknown): void {
  const path = forbiddenCharacterPath(input);
  if (path === undefined) {
    return;
  }
  const label = fieldLabel(path);
  throw new DomainError(
    400,
    'FIELD_CHARACTER_INVALID',
    {
      lv: `Lauka "${label.lv}" vērtībā ir neatļauta rakstzīme (NUL vai nepāra aizstājējrakstzīme). Izdzēsiet to un mēģiniet vēlreiz.`,
      en: `The value of the field "${label.en}" contains a character that is not allowed (NUL or an unpaired surrogate). Remove it and try again.`,
    },
    path || undefined,
  );
}

/**
 * Validates input against a yup schema and returns the cast value. The first failing field
 * becomes a 400 DomainError with a stable code (FIELD_REQUIRED, FIELD_TYPE, FIELD_NOT_ALLOWED,
 * PERSONAL_CODE_INVALID, FIELD_CHARACTER_INVALID or FIELD_INVALID), the field's path and the
 * schema's bilingual message.
 */
export function validateInput<S extends yup.AnyObjectSchema>(schema: S, input: unknown): yup.InferType<S> {
  rejectForbiddenCharacters(input);
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
 * Replaces yup 1.7's string().trim(), whose transform calls value.trim() on whatever it gets, so
 * that an object or array sent for a text field threw a TypeError (a 500) instead of failing the
 * string type check. This transform trims strings only and leaves other values to that check.
 * Every schema of this application imports this module before it is built, so every .trim()
 * below is this one.
 */
yup.addMethod(yup.string, 'trim', function trimStrings(this: yup.StringSchema, message?: yup.Message) {
  return this.transform((value: unknown) => (typeof value === 'string' ? value.trim() : value)).test({
    name: 'trim',
    message: message ?? yup.defaultLocale.string?.trim,
    test: (value: unknown) => typeof value !== 'string' || value === value.trim(),
  });
});

/**
 * Default messages in Latvian and English, so that every schema rejects in both languages
 * without repeating them. Each function returns a { lv, en } object as the message.
 */
yup.setLocale({
  mixed: {
    required: ({ path }) => ({ lv: `Lauks "${fieldLabel(path).lv}" ir obligāts.`, en: `The field "${fieldLabel(path).en}" is required.` }),
    notType: ({ path }) => ({
      lv: `Lauka "${fieldLabel(path).lv}" vērtība nav pareizā formā.`,
      en: `The value of the field "${fieldLabel(path).en}" has the wrong type.`,
    }),
    oneOf: ({ path, values }) => ({
      lv: `Lauka "${fieldLabel(path).lv}" vērtībai jābūt vienai no: ${values}.`,
      en: `The value of the field "${fieldLabel(path).en}" must be one of: ${values}.`,
    }),
    notOneOf: ({ path }) => ({ lv: `Lauka "${fieldLabel(path).lv}" vērtība nav atļauta.`, en: `The value of the field "${fieldLabel(path).en}" is not allowed.` }),
    defined: ({ path }) => ({ lv: `Lauks "${fieldLabel(path).lv}" ir obligāts.`, en: `The field "${fieldLabel(path).en}" is required.` }),
    notNull: ({ path }) => ({ lv: `Lauks "${fieldLabel(path).lv}" ir obligāts.`, en: `The field "${fieldLabel(path).en}" is required.` }),
    default: ({ path }) => ({ lv: `Lauka "${fieldLabel(path).lv}" vērtība nav derīga.`, en: `The value of the field "${fieldLabel(path).en}" is not valid.` }),
  },
  string: {
    max: ({ path, max }) => ({
      lv: `Lauks "${fieldLabel(path).lv}" var būt ne garāks par ${max} rakstzīmēm.`,
      en: `The field "${fieldLabel(path).en}" can be at most ${max} characters long.`,
    }),
    min: ({ path, min }) => ({
      lv: `Laukam "${fieldLabel(path).lv}" jābūt vismaz ${min} rakstzīmes garam.`,
      en: `The field "${fieldLabel(path).en}" must be at least ${min} characters long.`,
    }),
    length: ({ path, length }) => ({
      lv: `Laukam "${fieldLabel(path).lv}" jābūt tieši ${length} rakstzīmes garam.`,
      en: `The field "${fieldLabel(path).en}" must be exactly ${length} characters long.`,
    }),
    email: ({ path }) => ({
      lv: `Lauka "${fieldLabel(path).lv}" vērtībai jābūt e-pasta adresei.`,
      en: `The value of the field "${fieldLabel(path).en}" must be an e-mail address.`,
    }),
    matches: ({ path }) => ({
      lv: `Lauka "${fieldLabel(path).lv}" vērtība nav pareizā formātā.`,
      en: `The value of the field "${fieldLabel(path).en}" has the wrong format.`,
    }),
  },
  number: {
    min: ({ path, min }) => ({
      lv: `Lauka "${fieldLabel(path).lv}" vērtībai jābūt vismaz ${min}.`,
      en: `The value of the field "${fieldLabel(path).en}" must be at least ${min}.`,
    }),
    max: ({ path, max }) => ({
      lv: `Lauka "${fieldLabel(path).lv}" vērtība nedrīkst pārsniegt ${max}.`,
      en: `The value of the field "${fieldLabel(path).en}" must not exceed ${max}.`,
    }),
    positive: ({ path }) => ({ lv: `Lauka "${fieldLabel(path).lv}" vērtībai jābūt pozitīvai.`, en: `The value of the field "${fieldLabel(path).en}" must be positive.` }),
    integer: ({ path }) => ({
      lv: `Lauka "${fieldLabel(path).lv}" vērtībai jābūt veselam skaitlim.`,
      en: `The value of the field "${fieldLabel(path).en}" must be an integer.`,
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
      lv: `Laukā "${fieldLabel(path).lv}" jānorāda vismaz ${min} vērtība(s).`,
      en: `Give at least ${min} value(s) in the field "${fieldLabel(path).en}".`,
    }),
    max: ({ path, max }) => ({
      lv: `Laukā "${fieldLabel(path).lv}" var norādīt ne vairāk kā ${max} vērtības.`,
      en: `Give at most ${max} values in the field "${fieldLabel(path).en}".`,
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
      lv: `Lauka "${fieldLabel(path).lv}" vērtībai jābūt datumam formā GGGG-MM-DD.`,
      en: `The value of the field "${fieldLabel(path).en}" must be a date in the form YYYY-MM-DD.`,
    }))
    .test(
      'real_date',
      ({ path }) => ({ lv: `Lauka "${fieldLabel(path).lv}" datums neeksistē.`, en: `The date in the field "${fieldLabel(path).en}" does not exist.` }),
      (value) => {
        if (!value) {
          return true;
        }
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
      },
    );
}

/** Largest value of PostgreSQL's integer type, which every id column of this application has. */
export const MAX_ID = 2_147_483_647;

/** Builds a field for a record id: a positive integer that fits PostgreSQL's integer type. */
export function idField() {
  return yup.number().integer().positive().max(MAX_ID);
}

/**
 * Parses a positive integer id (at most MAX_ID) from a path or body. Anything else is a 400 error
 * naming the field.
 */
export function parseId(value: unknown, field = 'id'): number {
  const id = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID || (typeof value === 'string' && !/^\d+$/.test(value))) {
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
