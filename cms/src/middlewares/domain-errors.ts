import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { DomainError, errorBody, isLocalizedText, type DomainErrorShape } from '../lib/errors';
import { requestLanguage } from '../lib/language';
import { ADMIN_AND_DAILY_MESSAGE } from '../domain/profile-rules';

interface PgError {
  code?: string;
  constraint?: string;
}

/**
 * Recognises DomainErrors by shape as well as by class, because plugins compiled on their own
 * (such as the e-service plugin) throw their own class with the same name and fields.
 */
function isDomainError(error: unknown): error is DomainErrorShape {
  const candidate = error as Partial<DomainErrorShape> & { name?: unknown };
  return (
    error instanceof DomainError ||
    (typeof error === 'object' &&
      error !== null &&
      candidate.name === 'DomainError' &&
      typeof candidate.status === 'number' &&
      typeof candidate.code === 'string' &&
      isLocalizedText(candidate.messages))
  );
}

/** PostgreSQL errors that only bad or conflicting input can cause, mapped to client errors. */
function fromDatabaseError(error: PgError): DomainError | null {
  switch (error.code) {
    case '23505':
      return new DomainError(409, 'CONFLICT', {
        lv: 'Šāds ieraksts jau eksistē: dati konfliktē ar citu ierakstu.',
        en: 'Such a record already exists: the data conflict with another record.',
      });
    case '23514':
      return error.constraint === 'profiles_admin_alone_chk'
        ? new DomainError(400, 'ROLES_ADMIN_AND_DAILY', ADMIN_AND_DAILY_MESSAGE, 'roles')
        : new DomainError(400, 'VALUE_INVALID', {
            lv: 'Kāda no norādītajām vērtībām neatbilst noteikumiem.',
            en: 'One of the values does not meet the rules.',
          });
    case '23503':
      return new DomainError(400, 'REFERENCE_INVALID', {
        lv: 'Norādītais saistītais ieraksts neeksistē.',
        en: 'The linked record does not exist.',
      });
    case '22P02':
    case '22021':
    case '22007':
    case '22008':
    case '22003':
      return new DomainError(400, 'VALUE_INVALID', {
        lv: 'Kāda no norādītajām vērtībām nav derīga.',
        en: 'One of the values is not valid.',
      });
    default:
      return null;
  }
}

/** An error of Strapi's body parser, koa-body 6, from co-body (JSON), raw-body (size, encoding) or formidable (multipart). */
interface BodyParserError {
  name?: string;
  /** The HTTP status of a co-body or raw-body error. */
  status?: number;
  /** The kind of a raw-body error, such as entity.too.large. */
  type?: string;
  /** The HTTP status of a formidable error. */
  httpCode?: number;
}

const BODY_INVALID = {
  lv: 'Pieprasījuma saturs nav derīgs: tam jābūt JSON objektam vai pareizam multipart/form-data saturam.',
  en: 'The request body is not valid: it must be a JSON object or well-formed multipart/form-data.',
};

/**
 * Maps the errors that the body parser throws before any route runs. They cover a body that is
 * not JSON or not a JSON object or array (a SyntaxError with status 400), one larger than the
 * limit, one in an encoding or charset the parser cannot read, and a malformed multipart body.
 */
function fromBodyParserError(error: BodyParserError): DomainError | null {
  if (error.name === 'SyntaxError' && error.status === 400) {
    return new DomainError(400, 'BODY_INVALID', BODY_INVALID);
  }
  switch (error.type) {
    case 'entity.too.large':
      return new DomainError(413, 'BODY_TOO_LARGE', {
        lv: 'Pieprasījuma saturs ir pārāk liels.',
        en: 'The request body is too large.',
      });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new DomainError(415, 'BODY_ENCODING_UNSUPPORTED', {
        lv: 'Pieprasījuma satura kodējums nav atbalstīts. Sūtiet to UTF-8 kodējumā.',
        en: 'The encoding of the request body is not supported. Send it in UTF-8.',
      });
    case 'request.size.invalid':
    case 'request.aborted':
      return new DomainError(400, 'BODY_INVALID', BODY_INVALID);
    default:
      break;
  }
  // formidable 2 does not set the name of its FormidableError, only the class name.
  const isFormidableError = (error as { constructor?: { name?: string } }).constructor?.name === 'FormidableError';
  if (isFormidableError && typeof error.httpCode === 'number' && error.httpCode >= 400 && error.httpCode < 500) {
    return new DomainError(error.httpCode, 'BODY_INVALID', BODY_INVALID);
  }
  return null;
}

/**
 * Returns true for the response that Strapi's body middleware (Strapi 5.54) sets itself, without
 * throwing, when a multipart file exceeds formidable's maxFileSize: 413 with the message
 * "FileTooBig" and no code.
 */
function isUnexplainedFileTooBig(ctx: Context): boolean {
  const body = ctx.body as { error?: { message?: unknown } } | undefined;
  return ctx.status === 413 && body?.error?.message === 'FileTooBig';
}

/**
 * Turns DomainErrors, database errors that only input can cause and the body parser's errors
 * into JSON responses. It runs before the body parser so that it catches that parser's errors. Each
 * response has Strapi's error shape with a stable code and the message in the language of the
 * request's Accept-Language header (Latvian unless its first tag is English), named in
 * Content-Language. Everything else goes on to Strapi's error middleware.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    try {
      await next();
      if (isUnexplainedFileTooBig(ctx)) {
        throw new DomainError(413, 'FILE_TOO_LARGE', {
          lv: 'Augšupielādētais fails ir pārāk liels. Sadaliet to vairākos failos.',
          en: 'The uploaded file is too large. Split it into several files.',
        });
      }
    } catch (error) {
      const databaseError = isDomainError(error) ? null : fromDatabaseError(error as PgError);
      const domainError = isDomainError(error) ? error : (databaseError ?? fromBodyParserError(error as BodyParserError));
      if (!domainError) {
        throw error;
      }
      if (databaseError) {
        strapi.log.warn(`Database rejected a request: ${(error as PgError).code} on ${(error as PgError).constraint ?? 'no constraint'}`, { path: ctx.path });
      }
      const language = requestLanguage(ctx);
      ctx.status = domainError.status;
      ctx.set('Content-Language', language);
      ctx.body = errorBody(domainError, language);
    }
  };
