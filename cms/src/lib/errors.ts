/** A user-facing message in both languages of the panel: Latvian (the default) and English. */
export interface LocalizedText {
  lv: string;
  en: string;
}

/**
 * Domain errors: each carries an HTTP status, a stable machine code, the user's message in
 * Latvian and English and, where one input value caused it, the field's name. The domain-errors
 * middleware turns them into responses in the language the request names. Nothing here
 * reaches the log with personal data.
 */
export class DomainError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: LocalizedText;
  readonly field?: string;

  constructor(status: number, code: string, messages: LocalizedText, field?: string) {
    super(messages.lv);
    this.name = 'DomainError';
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.field = field;
  }
}

export const invalid = (code: string, messages: LocalizedText, field?: string) => new DomainError(400, code, messages, field);
export const conflict = (code: string, messages: LocalizedText, field?: string) => new DomainError(409, code, messages, field);
export const notFound = (code: string, messages: LocalizedText) => new DomainError(404, code, messages);
export const forbidden = (code: string, messages: LocalizedText) => new DomainError(403, code, messages);
export const unauthorized = (code: string, messages: LocalizedText) => new DomainError(401, code, messages);

/** Returns true for a { lv, en } object with two strings, such as a bilingual yup message. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  const candidate = value as Partial<LocalizedText> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.lv === 'string' && typeof candidate.en === 'string';
}

/** The fields of a DomainError that an error response shows, whichever class threw it. */
export interface DomainErrorShape {
  status: number;
  code: string;
  messages: LocalizedText;
  field?: string;
  details?: unknown;
}

/** Builds the JSON body of an error response in Strapi's error shape, with the message in one language. */
export function errorBody(error: DomainErrorShape, language: keyof LocalizedText) {
  return {
    data: null,
    error: {
      status: error.status,
      name: 'DomainError',
      code: error.code,
      message: error.messages[language],
      ...(error.field ? { field: error.field } : {}),
      ...(error.details !== undefined ? { details: error.details } : {}),
    },
  };
}
