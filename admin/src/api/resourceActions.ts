import type { Identifier } from 'react-admin';
import type { ResourceDashboardData, ResourceRecord } from '../types';
import { getJson, PANEL_API, postJson } from './http';

/** Serial and inventory number of one copy. */
export interface CopyItem {
  serialNumber: string;
  inventoryNumber: string;
}

export interface WriteOffInput {
  /** YYYY-MM-DD, today or earlier. */
  date: string;
  reason: string;
}

/** Actions of the resource registry that are not CRUD. Bulk actions change all resources or none. */
export interface ResourceActions {
  copyResource(id: Identifier, items: CopyItem[]): Promise<Array<{ id: number; number: string }>>;
  writeOffResource(id: Identifier, input: WriteOffInput): Promise<ResourceRecord>;
  bulkWriteOff(ids: Identifier[], input: WriteOffInput): Promise<{ updated: number }>;
  bulkResourceStatus(ids: Identifier[], status: string, reason: string | null): Promise<{ updated: number; changed: number }>;
  bulkResourceLocation(ids: Identifier[], location: string): Promise<{ updated: number }>;
  getResourceDashboard(): Promise<ResourceDashboardData>;
}

const RESOURCES = `${PANEL_API}/resources`;

export const resourceActions: ResourceActions = {
  copyResource: (id, items) => postJson(`${RESOURCES}/${id}/copy`, { items }),
  writeOffResource: (id, input) => postJson(`${RESOURCES}/${id}/write-off`, input),
  bulkWriteOff: (ids, input) => postJson(`${RESOURCES}/bulk-write-off`, { ids, ...input }),
  bulkResourceStatus: (ids, status, reason) => postJson(`${RESOURCES}/bulk-status`, { ids, status, reason }),
  bulkResourceLocation: (ids, location) => postJson(`${RESOURCES}/bulk-location`, { ids, location }),
  getResourceDashboard: () => getJson(`${PANEL_API}/dashboard/resources`),
};
