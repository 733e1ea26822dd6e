type Values = Record<string, unknown>;

/**
 * Checks the target group input against the rule that ties it to two other fields, before the
 * server does: a social-support resource issued individually must have the target group
 * "socially less protected learners". Returns a translation key.
 */
export function validateTargetGroup(value: unknown, values: Values): string | undefined {
  if (values.socialSupport === true && values.usagePurpose === 'issued_individually' && value !== 'socially_disadvantaged_learners') {
    return 'resources.resources.validation.social_support_target_group';
  }
  return undefined;
}
