import type { Knex } from 'knex';
import * as yup from 'yup';
import type { Scope } from '@rumis/access';
import { isLockedStatus, lockedResourcesMessage } from '../domain/resource-status';
import { conflict, notFound } from './errors';
import { applyScope } from './scope';
import { idField } from './validation';

export const MAX_BULK_IDS = 1000;

/** Builds the schema of a bulk operation's ids: 1 to MAX_BULK_IDS resource ids. */
export function resourceIdsField() {
  return yup
    .array()
    .of(idField().required())
    .min(1)
    .max(MAX_BULK_IDS, {
      lv: `Vienā darbībā var apstrādāt ne vairāk kā ${MAX_BULK_IDS} resursus.`,
      en: `One action can process at most ${MAX_BULK_IDS} resources.`,
    })
    .required();
}

export interface LockedResource {
  id: number;
  number: string;
  status: string;
  institution_id: number;
}

/**
 * Locks the resources a manager changes by hand until the transaction ends, so an allocation
 * cannot reserve one of them in between. The rows are locked in id order, so two bulk
 * operations on overlapping sets wait for each other instead of deadlocking. Rejects the whole
 * set when an id is outside the scope (404, as if it did not exist) or when a resource is
 * reserved, in use or written off (409 naming them), because these statuses follow from acts
 * and write-off only.
 */
export async function lockResourcesForChange(
  trx: Knex.Transaction,
  scope: Scope,
  requestedIds: readonly number[],
): Promise<LockedResource[]> {
  const ids = [...new Set(requestedIds)];
  const resources: LockedResource[] = await applyScope(trx('resources').whereIn('id', ids), scope, 'institution_id')
    .orderBy('id')
    .forUpdate()
    .select('id', 'number', 'status', 'institution_id');

  if (resources.length < ids.length) {
    const found = new Set(resources.map((resource) => resource.id));
    const missing = ids.filter((id) => !found.has(id));
    const listed = missing.slice(0, 20).join(', ');
    throw notFound('RESOURCE_NOT_FOUND', {
      lv: `Resursi nav atrasti: ${listed}${missing.length > 20 ? ' u.c.' : ''}.`,
      en: `Resources not found: ${listed}${missing.length > 20 ? ' and others' : ''}.`,
    });
  }
  const locked = resources.filter((resource) => isLockedStatus(resource.status));
  if (locked.length > 0) {
    throw conflict('RESOURCE_STATUS_LOCKED', lockedResourcesMessage(locked.map((resource) => resource.number)), 'ids');
  }
  return resources;
}
