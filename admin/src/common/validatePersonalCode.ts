import { normalizePersonalCode, personalCodeProblem } from '@rumis/access';

/**
 * Validates a Latvian personal code in a react-admin input, with the same rules as the server (date and
 * check digit, or the post-2017 format starting with 32 to 39). Returns a translation key.
 */
export function validatePersonalCode(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  const problem = personalCodeProblem(normalizePersonalCode(value));
  return problem ? `rumis.validation.personal_code.${problem}` : undefined;
}
