import { NumberField, type NumberFieldProps } from 'react-admin';
import { useIntlLocale } from './locale';

/** react-admin's NumberField in the number format of the panel's language (Latvian: decimal comma). */
export const LocaleNumberField = (props: NumberFieldProps) => <NumberField {...props} locales={useIntlLocale()} />;
