import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type { HandoverActRecord } from '../types';
import { httpClient, PANEL_API, postJson } from './http';
import { institutionActions, type InstitutionActions } from './institutionActions';
import { decodeJsonFields } from './jsonFields';
import { resourceActions, type ResourceActions } from './resourceActions';

export { PANEL_API };

export interface AllocationInput {
  resourceId: Identifier;
  returnDeadline?: string | null;
  conditionAtIssue?: string | null;
}

export interface AllocationResult {
  id: number;
  actId: number;
  actNumber: string;
}

/** Workflow steps of a handover act, each a POST /handover-acts/:id/<action>. */
export type HandoverAction = 'prepare' | 'issue' | 'return' | 'loss' | 'cancel';

export interface RumisDataProvider extends DataProvider, ResourceActions, InstitutionActions {
  allocate(applicationId: Identifier, input: AllocationInput): Promise<AllocationResult>;
  decline(applicationId: Identifier, input: { reason: string }): Promise<unknown>;
  postpone(applicationId: Identifier, input: { reason?: string | null }): Promise<unknown>;
  runHandoverAction(actId: Identifier, action: HandoverAction, input: Record<string, unknown>): Promise<HandoverActRecord>;
}

const base = simpleRestProvider(PANEL_API, httpClient);

function decodeAll<T extends RaRecord>(records: T[]): T[] {
  return records.map(decodeJsonFields);
}

/**
 * ra-data-simple-rest on /api/panel, with the JSON fields decoded and the non-CRUD actions of
 * applications, handover acts, resources and institutions.
 */
export const dataProvider: RumisDataProvider = {
  ...base,
  getList: async (resource, params) => {
    const result = await base.getList(resource, params);
    return { ...result, data: decodeAll(result.data) };
  },
  getMany: async (resource, params) => {
    const result = await base.getMany(resource, params);
    return { ...result, data: decodeAll(result.data) };
  },
  getManyReference: async (resource, params) => {
    const result = await base.getManyReference(resource, params);
    return { ...result, data: decodeAll(result.data) };
  },
  getOne: async (resource, params) => {
    const result = await base.getOne(resource, params);
    return { ...result, data: decodeJsonFields(result.data) };
  },
  update: async (resource, params) => {
    const result = await base.update(resource, params);
    return { ...result, data: decodeJsonFields(result.data) };
  },

  allocate: (applicationId, input) => postJson(`${PANEL_API}/applications/${applicationId}/allocate`, input),
  decline: (applicationId, input) => postJson(`${PANEL_API}/applications/${applicationId}/decline`, input),
  postpone: (applicationId, input) => postJson(`${PANEL_API}/applications/${applicationId}/postpone`, input),
  runHandoverAction: (actId, action, input) => postJson(`${PANEL_API}/handover-acts/${actId}/${action}`, input),
  ...resourceActions,
  ...institutionActions,
};
