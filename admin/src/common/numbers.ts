import { maxValue, minValue, type Validator } from 'react-admin';

/** A decimal number as people type it: optional minus, digits, and a comma or a point before the decimals. */
const DECIMAL_TEXT = /^-?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Parses a decimal number typed with a decimal comma or point ("11,6" or "11.6"), ignoring spaces
 * between thousands. Returns a number unchanged, null for an empty value, and NaN for text that is
 * not a number, such as "1.234,5", where the separators are ambiguous.
 */
export function parseDecimal(value: unknown): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'number') {
    return value;
  }
  const text = String(value).replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') {
    return null;
  }
  return DECIMAL_TEXT.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}

/** Formats a number for display in the given Intl locale, with at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, ...options }).format(value);
}

/**
 * Formats the value of a decimal input: a stored number with the locale's decimal separator and
 * no thousands separator, so that it can be edited, and typed text unchanged.
 */
export function formatDecimalInput(value: unknown, locale: string): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return formatNumber(value, locale, { useGrouping: false });
  }
  return String(value);
}

/** Validator for a decimal input: a translation key when the text is not a number. */
export const decimalNumber: Validator = (value) => (Number.isNaN(parseDecimal(value)) ? 'ra.validation.number' : undefined);

/** Returns react-admin's translated minValue check, applied to the number in a decimal input's text. */
export function decimalMinValue(min: number): Validator {
  const check = minValue(min);
  return (value, values) => check(parseDecimal(value) ?? undefined, values);
}

/** Returns react-admin's translated maxValue check, applied to the number in a decimal input's text. */
export function decimalMaxValue(max: number): Validator {
  const check = maxValue(max);
  return (value, values) => check(parseDecimal(value) ?? undefined, values);
}

/** Validator for a value that must be greater than zero, as the server requires of numeric technical parameters. */
export const positiveDecimal: Validator = (value) => {
  const parsed = parseDecimal(value);
  return parsed !== null && !Number.isNaN(parsed) && parsed <= 0 ? 'rumis.validation.positive' : undefined;
};
