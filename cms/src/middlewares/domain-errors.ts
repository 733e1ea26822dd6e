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

/**
 * Turns DomainErrors, and database errors that only input can cause, into JSON responses in
 * Strapi's error shape with a stable code and the message in the language of the request's
 * Accept-Language header (Latvian unless its first tag is English), named in Content-Language.
 * Everything else goes on to Strapi's error middleware.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      const domainError = isDomainError(error) ? error : fromDatabaseError(error as PgError);
      if (!domainError) {
        throw error;
      }
      if (!isDomainError(error)) {
        strapi.log.warn(`Database rejected a request: ${(error as PgError).code} on ${(error as PgError).constraint ?? 'no constraint'}`, { path: ctx.path });
      }
      const language = requestLanguage(ctx);
      ctx.status = domainError.status;
      ctx.set('Content-Language', language);
      ctx.body = errorBody(domainError, language);
    }
  };
