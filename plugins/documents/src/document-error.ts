export type DocumentErrorCode =
  | 'FORMAT_UNSUPPORTED'
  | 'TEMPLATE_INVALID'
  | 'TEMPLATE_PLACEHOLDER_MISSING'
  | 'TEMPLATE_UNREADABLE'
  | 'RENDER_FAILED'
  | 'PDF_UNAVAILABLE'
  | 'CONVERSION_UNAVAILABLE'
  | 'CONVERSION_FAILED';

export interface DocumentErrorOptions {
  cause?: unknown;
  /** Placeholder names without the `d.` prefix, for TEMPLATE_PLACEHOLDER_MISSING. */
  missingPlaceholders?: readonly string[];
}

/**
 * Failure to produce a document. `message` is English for logs, `messageLv` is the
 * Latvian text to show the user, and `code` is stable for callers and tests.
 */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  readonly messageLv: string;
  readonly missingPlaceholders: readonly string[];

  constructor(code: DocumentErrorCode, message: string, messageLv: string, options: DocumentErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'DocumentError';
    this.code = code;
    this.messageLv = messageLv;
    this.missingPlaceholders = options.missingPlaceholders ?? [];
  }
}
