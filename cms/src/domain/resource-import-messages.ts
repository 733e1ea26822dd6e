import type * as yup from 'yup';
import type { LocalizedText } from '../lib/errors';
import { CODES_SHEET, NO_LABEL, YES_LABEL, type SheetColumn } from './resource-sheet';

/**
 * Messages about the cells of an import file. Each names the value given and the forms the
 * import accepts, in the words of the template, never an API field name or an internal code.
 */

/** Allowed values that a message lists in full; a longer list is referred to the template's "Kodi" sheet. */
export const MAX_LISTED_VALUES = 10;

/** Maximum length of a cell's text that a message quotes. */
const MAX_QUOTED_LENGTH = 60;

/** Quotes a cell's text for a message, shortened past MAX_QUOTED_LENGTH characters. */
export function quoted(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `"${text.slice(0, MAX_QUOTED_LENGTH)}…"` : `"${text}"`;
}

const DATE_FORMS: LocalizedText = {
  lv: 'Norādiet datumu formā DD.MM.GGGG (piemēram, 15.09.2025) vai GGGG-MM-DD (2025-09-15), vai XLSX failā izmantojiet datuma šūnu.',
  en: 'Enter the date as DD.MM.YYYY (for example 15.09.2025) or YYYY-MM-DD (2025-09-15), or use a date cell in an XLSX file.',
};

/** Builds the message for a date cell in none of the accepted forms. */
export function notDateMessage(text: string): LocalizedText {
  return {
    lv: `Vērtība ${quoted(text)} nav datums. ${DATE_FORMS.lv}`,
    en: `The value ${quoted(text)} is not a date. ${DATE_FORMS.en}`,
  };
}

/** Builds the message for a date in an accepted form whose day is not in the calendar, such as 31.02.2025. */
export function dateNotInCalendarMessage(text: string): LocalizedText {
  return {
    lv: `Datums ${quoted(text)} neeksistē kalendārā. ${DATE_FORMS.lv}`,
    en: `The date ${quoted(text)} does not exist in the calendar. ${DATE_FORMS.en}`,
  };
}

/** Builds the message for a cell of a number column that is not a number. An integer column requests a whole number. */
export function notNumberMessage(text: string, integer: boolean): LocalizedText {
  return integer
    ? {
        lv: `Vērtība ${quoted(text)} nav skaitlis. Norādiet veselu skaitli ar cipariem, piemēram, 2023.`,
        en: `The value ${quoted(text)} is not a number. Enter a whole number in digits, for example 2023.`,
      }
    : {
        lv: `Vērtība ${quoted(text)} nav skaitlis. Norādiet skaitli ar cipariem bez valūtas zīmes, piemēram, 349,00 vai 349.00.`,
        en: `The value ${quoted(text)} is not a number. Enter a number in digits without a currency sign, for example 349,00 or 349.00.`,
      };
}

/** Builds the message for a yes/no cell with another word. */
export function notYesNoMessage(text: string): LocalizedText {
  return {
    lv: `Vērtība ${quoted(text)} nav atļauta. Norādiet "${YES_LABEL}" vai "${NO_LABEL}".`,
    en: `The value ${quoted(text)} is not allowed. Enter "${YES_LABEL}" (yes) or "${NO_LABEL}" (no).`,
  };
}

/**
 * Builds the message for a cell of a coded column (or the subtype column) whose value is not in
 * its list. A short list is named in full. A long one is referred to the "Kodi" sheet of the XLSX template, which lists
 * every column's names and codes.
 */
export function notAllowedMessage(text: string, column: SheetColumn, labels: readonly string[]): LocalizedText {
  if (labels.length === 0 || labels.length > MAX_LISTED_VALUES) {
    return {
      lv: `Vērtība ${quoted(text)} nav atļauta. Atļautie nosaukumi un kodi ir XLSX importa veidnes lapā "${CODES_SHEET}" pie kolonnas "${column.header}".`,
      en: `The value ${quoted(text)} is not allowed. The allowed names and codes are on the "${CODES_SHEET}" sheet of the XLSX import template, under the column "${column.header}".`,
    };
  }
  const listed = labels.map((label) => `"${label}"`).join(', ');
  return {
    lv: `Vērtība ${quoted(text)} nav atļauta. Norādiet vienu no šīm vērtībām: ${listed}.`,
    en: `The value ${quoted(text)} is not allowed. Enter one of these values: ${listed}.`,
  };
}

/** Writes a number as a Latvian reader expects it, with a decimal comma. */
function latvianNumber(value: unknown): string {
  return String(value).replace('.', ',');
}

/**
 * Turns a schema error on a converted cell into a message about that cell, without the API
 * field name. `labelOf` gives the Latvian name of a code in the column's list.
 */
export function schemaProblemMessage(
  error: yup.ValidationError,
  column: SheetColumn | undefined,
  labelOf: (code: string) => string,
): LocalizedText {
  const params = (error.params ?? {}) as Record<string, unknown>;
  const value: unknown = error.value;
  switch (error.type) {
    case 'required':
    case 'optionality':
    case 'nullable':
      return { lv: 'Vērtība ir obligāta.', en: 'A value is required.' };
    case 'max':
      return typeof value === 'string'
        ? {
            lv: `Vērtība var būt ne garāka par ${params.max} rakstzīmēm. Norādītā teksta garums: ${value.length}.`,
            en: `The value can be at most ${params.max} characters long. Given length: ${value.length}.`,
          }
        : {
            lv: `Vērtība ${latvianNumber(value)} ir par lielu. Lielākā atļautā vērtība: ${latvianNumber(params.max)}.`,
            en: `The value ${String(value)} is too large. The largest allowed value is ${String(params.max)}.`,
          };
    case 'min':
      return typeof value === 'string'
        ? {
            lv: `Vērtībai jābūt vismaz ${params.min} rakstzīmes garai. Norādītā teksta garums: ${value.length}.`,
            en: `The value must be at least ${params.min} characters long. Given length: ${value.length}.`,
          }
        : {
            lv: `Vērtība ${latvianNumber(value)} ir par mazu. Mazākā atļautā vērtība: ${latvianNumber(params.min)}.`,
            en: `The value ${String(value)} is too small. The smallest allowed value is ${String(params.min)}.`,
          };
    case 'integer':
      return {
        lv: `Vērtība ${latvianNumber(value)} nav vesels skaitlis. Norādiet veselu skaitli, piemēram, 2023.`,
        en: `The value ${String(value)} is not a whole number. Enter a whole number, for example 2023.`,
      };
    case 'matches':
    case 'real_date':
      return dateNotInCalendarMessage(String(value ?? ''));
    case 'oneOf': {
      // The schema lists codes; the file's cells are matched against their Latvian names.
      const codes = String(params.values ?? '')
        .split(', ')
        .filter((code) => code !== '');
      const text = String(value ?? '');
      return column
        ? notAllowedMessage(labelOf(text), column, codes.map(labelOf))
        : { lv: `Vērtība ${quoted(text)} nav atļauta.`, en: `The value ${quoted(text)} is not allowed.` };
    }
    default: {
      // The schema's default messages name the API field, so a cell gets a message of its own.
      const text = value === undefined || value === null ? '' : String(value);
      return { lv: `Vērtība ${quoted(text)} nav derīga.`, en: `The value ${quoted(text)} is not valid.` };
    }
  }
}
