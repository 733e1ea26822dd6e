import { useLocaleState } from 'react-admin';

/**
 * Returns the BCP 47 locale for Intl formatting in the panel's language: lv-LV (decimal comma,
 * space between thousands) or en-GB (decimal point, comma between thousands).
 */
export function intlLocaleOf(panelLocale: string): string {
  return panelLocale === 'en' ? 'en-GB' : 'lv-LV';
}

/** Returns the Intl locale of the panel's current language. */
export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return intlLocaleOf(locale);
}
