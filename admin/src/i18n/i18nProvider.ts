import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { lv } from './lv';

/**
 * Latvian plural forms: the singular for numbers ending in 1 except 11 (1, 21, 101), the plural
 * otherwise. node-polyglot 2.6 has no Latvian rule of its own. English keeps the usual two forms.
 */
const pluralRules = {
  pluralTypes: {
    latvian: (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 0 : 1),
    english: (n: number) => (n === 1 ? 0 : 1),
  },
  pluralTypeToLanguages: { latvian: ['lv'], english: ['en'] },
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? en : lv),
  'lv',
  [
    { locale: 'lv', name: 'Latviešu' },
    { locale: 'en', name: 'English' },
  ],
  { pluralRules },
);
