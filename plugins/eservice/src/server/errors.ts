/** A user-facing message in Latvian (the default) and English. */
export interface LocalizedText {
  lv: string;
  en: string;
}

/**
 * Error with an HTTP status, a stable code and the message in Latvian and English. Its name is
 * "DomainError" and its fields match the application's DomainError, so the application's
 * domain-errors middleware turns it into a JSON error response in the requested language.
 */
export class EserviceError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: LocalizedText;

  constructor(status: number, code: string, messages: LocalizedText) {
    super(messages.lv);
    this.name = 'DomainError';
    this.status = status;
    this.code = code;
    this.messages = messages;
  }
}
