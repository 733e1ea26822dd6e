import { useCanAccess, useRecordContext } from 'react-admin';

/**
 * Returns true when the record in context is in one of `statuses` and the active profile's
 * roles allow `action` on `resource`. Workflow buttons render only then.
 */
export function useActionAllowed(resource: string, action: string, statuses: readonly string[]): boolean {
  const record = useRecordContext<{ id: number; status: string }>();
  const { canAccess } = useCanAccess({ resource, action, record });
  return record !== undefined && canAccess === true && statuses.includes(record.status);
}
