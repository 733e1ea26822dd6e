import type { Context } from 'koa';
import type { LocalizedText } from './errors';

export type Language = keyof LocalizedText;

/**
 * Picks the language of user-facing messages from an Accept-Language header: English when its
 * first language tag is "en" in any region ("en", "en-GB"), Latvian otherwise and without the
 * header. Quality values are ignored, because the panel sends a single tag.
 */
export function languageFromHeader(acceptLanguage: string | undefined): Language {
  const firstTag = (acceptLanguage ?? '').split(',')[0].split(';')[0].trim().toLowerCase();
  return firstTag.split('-')[0] === 'en' ? 'en' : 'lv';
}

/** Returns the language that the request's Accept-Language header names. */
export function requestLanguage(ctx: Pick<Context, 'get'>): Language {
  return languageFromHeader(ctx.get('accept-language'));
}
