/**
 * Domain errors: each carries an HTTP status, a stable machine code, a Latvian message for the
 * user and, where one input value caused it, the field's name. The domain-errors middleware
 * turns them into responses; nothing here reaches the log with personal data.
 */
export class DomainError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;

  constructor(status: number, code: string, messageLv: string, field?: string) {
    super(messageLv);
    this.name = 'DomainError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

export const invalid = (code: string, messageLv: string, field?: string) => new DomainError(400, code, messageLv, field);
export const conflict = (code: string, messageLv: string, field?: string) => new DomainError(409, code, messageLv, field);
export const notFound = (code: string, messageLv: string) => new DomainError(404, code, messageLv);
export const forbidden = (code: string, messageLv: string) => new DomainError(403, code, messageLv);
export const unauthorized = (code: string, messageLv: string) => new DomainError(401, code, messageLv);
