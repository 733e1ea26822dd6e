/** Cell style for identifiers such as PIE-8000000001-12, which must not break at the hyphen. */
export const noWrap = () => ({ whiteSpace: 'nowrap' });
