import { useLocaleState } from 'react-admin';

interface Labelled {
  labelLv: string;
  labelEn: string;
}

/** Returns a function that picks the label of a catalog entry in the chosen language. */
export function useLocalizedLabel(): (entry: Labelled) => string {
  const [locale] = useLocaleState();
  return (entry) => (locale === 'en' ? entry.labelEn : entry.labelLv);
}
