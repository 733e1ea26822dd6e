type Values = Record<string, unknown>;

/** Checks that an application claiming social support names at least one group. Returns a translation key. */
export function validateSocialStatuses(value: unknown, values: Values): string | undefined {
  if (values.socialSupport === true && (!Array.isArray(value) || value.length === 0)) {
    return 'resources.applications.validation.social_status_required';
  }
  return undefined;
}
