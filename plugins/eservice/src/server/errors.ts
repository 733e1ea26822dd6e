/**
 * Error with an HTTP status, a stable code and a Latvian message. Its name is "DomainError",
 * which the application's domain-errors middleware turns into a JSON error response.
 */
export class EserviceError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, messageLv: string) {
    super(messageLv);
    this.name = 'DomainError';
    this.status = status;
    this.code = code;
  }
}
