/**
 * Latvian personal code ("personas kods") validation.
 *
 * Codes starting with 32 to 39 are the format issued since 1 July 2017: 11 digits with no birth
 * date and no check digit. Every other code is DDMMYYCNNNX, where C gives the century of birth
 * (0 = 1800s, 1 = 1900s, 2 = 2000s), the date must exist, and X is the check digit
 * (1101 - (1*d1 + 6*d2 + 3*d3 + 7*d4 + 9*d5 + 10*d6 + 5*d7 + 8*d8 + 4*d9 + 2*d10)) mod 11,
 * where a result of 10 makes the code invalid.
 */

const CHECK_WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export type PersonalCodeProblem = 'format' | 'date' | 'check_digit';

/** Removes the hyphen and spaces people type ("010190-01236" becomes "01019001236"). */
export function normalizePersonalCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** Returns the check digit for the first ten digits, or null when the result is 10 (no valid code). */
export function personalCodeCheckDigit(firstTen: string): number | null {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    sum += CHECK_WEIGHTS[i] * Number(firstTen[i]);
  }
  const digit = (((1101 - sum) % 11) + 11) % 11;
  return digit === 10 ? null : digit;
}

/** Returns why a normalized code is invalid, or null when it is valid. */
export function personalCodeProblem(code: string): PersonalCodeProblem | null {
  if (!/^\d{11}$/.test(code)) {
    return 'format';
  }
  const prefix = Number(code.slice(0, 2));
  if (prefix >= 32 && prefix <= 39) {
    return null;
  }
  const day = Number(code.slice(0, 2));
  const month = Number(code.slice(2, 4));
  const centuryDigit = Number(code[6]);
  if (centuryDigit > 2) {
    return 'date';
  }
  const year = 1800 + centuryDigit * 100 + Number(code.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
    return 'date';
  }
  const expected = personalCodeCheckDigit(code);
  if (expected === null || expected !== Number(code[10])) {
    return 'check_digit';
  }
  return null;
}

export function isValidPersonalCode(code: string): boolean {
  return personalCodeProblem(code) === null;
}

/** Returns an 11-digit code in the form people write it, with a hyphen after the sixth digit. */
export function formatPersonalCode(code: string): string {
  return `${code.slice(0, 6)}-${code.slice(6)}`;
}

/**
 * Example code for help texts and error messages, in the form people type it ("010190-01236").
 * It passes validation, and its birth date is 1 January 1890 (century digit 0), so no living
 * person has it.
 */
export const PERSONAL_CODE_EXAMPLE = formatPersonalCode(generatePersonalCode(new Date(Date.UTC(1890, 0, 1)), 123));

/** Latvian messages for each problem, for forms and API errors. */
export const PERSONAL_CODE_MESSAGES_LV: Record<PersonalCodeProblem, string> = {
  format: `Personas kodam jābūt 11 cipariem (piemēram, ${PERSONAL_CODE_EXAMPLE}).`,
  date: 'Personas kodā norādītais dzimšanas datums neeksistē.',
  check_digit: 'Personas koda kontrolcipars nav pareizs.',
};

/** English messages for each problem, worded as in the panel's English language pack. */
export const PERSONAL_CODE_MESSAGES_EN: Record<PersonalCodeProblem, string> = {
  format: `A personal code has 11 digits (for example ${PERSONAL_CODE_EXAMPLE}).`,
  date: 'The birth date in the personal code does not exist.',
  check_digit: 'The check digit of the personal code is wrong.',
};

/** Returns the birth date encoded in an old-format code, or null for the post-2017 format. */
export function birthDateFromPersonalCode(code: string): Date | null {
  if (personalCodeProblem(code) !== null || Number(code.slice(0, 2)) >= 32) {
    return null;
  }
  const year = 1800 + Number(code[6]) * 100 + Number(code.slice(4, 6));
  return new Date(Date.UTC(year, Number(code.slice(2, 4)) - 1, Number(code.slice(0, 2))));
}

/**
 * Builds a valid old-format code for a birth date and a serial (0-999), skipping serials whose
 * check digit would be 10. Used by demo data and tests, which must never use real people's codes.
 */
export function generatePersonalCode(birthDate: Date, serial: number): string {
  const dd = String(birthDate.getUTCDate()).padStart(2, '0');
  const mm = String(birthDate.getUTCMonth() + 1).padStart(2, '0');
  const year = birthDate.getUTCFullYear();
  const yy = String(year % 100).padStart(2, '0');
  const century = Math.floor((year - 1800) / 100);
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const nnn = String((serial + attempt) % 1000).padStart(3, '0');
    const firstTen = `${dd}${mm}${yy}${century}${nnn}`;
    const check = personalCodeCheckDigit(firstTen);
    if (check !== null) {
      return `${firstTen}${check}`;
    }
  }
  throw new Error(`No valid personal code exists for ${birthDate.toISOString().slice(0, 10)}`);
}
