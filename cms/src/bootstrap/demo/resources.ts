import fs from 'node:fs';
import path from 'node:path';
import { seedDir } from '@rumis/database';
import { parseCsv } from '../../lib/csv';
import { newRowColumns, nextSequence } from '../../lib/db';
import { addMinutes, daysAgo, recordPastStatusChange, type DemoContext, type SchoolKey } from './context';
import type { DemoStaff } from './people';
import { DEMO_RESOURCE_GROUPS, type DeviceName } from './resource-definitions';
import type { DemoSchools } from './schools';

interface DeviceModel {
  subtype: string;
  manufacturer: string;
  model: string;
  parameters: { operating_system: string; ram_gb: number; storage_gb: number; screen_inches: number };
  valueEur: number;
  fundingProgramme: string | null;
}

/** Serial number prefixes in the style of each manufacturer's labels. */
const SERIAL_PREFIXES: Record<string, string> = { Acer: 'NXKE', Lenovo: 'PF4', HP: '5CD', Dell: 'DL', Samsung: 'R9T' };

/** Days before the seed on which the resource managers registered the devices. */
const RESOURCES_REGISTERED_DAYS_AGO = 98;

function loadDeviceModels(): Map<string, DeviceModel> {
  const rows = parseCsv(fs.readFileSync(path.join(seedDir, 'device-models.csv'), 'utf8'));
  return new Map(
    rows.map((row) => [
      `${row.manufacturer} ${row.model}`,
      {
        subtype: row.subtype,
        manufacturer: row.manufacturer,
        model: row.model,
        parameters: {
          operating_system: row.operating_system,
          ram_gb: Number(row.ram_gb),
          storage_gb: Number(row.storage_gb),
          screen_inches: Number(row.screen_inches),
        },
        valueEur: Number(row.typical_value_eur),
        fundingProgramme: row.funding_programme || null,
      },
    ]),
  );
}

/** A stored demo resource with its current status, which the handover acts then change. */
export interface DemoResource {
  id: number;
  school: SchoolKey;
  device: DeviceName;
  institution_id: number;
  status: string;
  /** Moment of the last status change. An act may take the resource only after it. */
  statusChangedAt: Date;
  usage_purpose: string;
  target_group: string;
  social_support: boolean;
  notes: string;
}

/**
 * Registers the demo devices, numbered RES-<registration number>-<sequence>, as each school's
 * resource manager would, then records the hand-set statuses (maintenance, damaged).
 */
export async function createDemoResources(context: DemoContext, schools: DemoSchools, staff: DemoStaff): Promise<DemoResource[]> {
  const { trx } = context;
  const models = loadDeviceModels();
  const typeIds = new Map<string, { subtypeId: number; typeId: number }>(
    (
      await trx('resource_subtypes as s')
        .join('resource_subtypes_type_lnk as l', 'l.resource_subtype_id', 's.id')
        .select('s.code', 's.id', 'l.resource_type_id')
    ).map((row) => [row.code, { subtypeId: row.id, typeId: row.resource_type_id }]),
  );
  const ordinals = new Map<SchoolKey, number>();
  const resources: DemoResource[] = [];

  for (const group of DEMO_RESOURCE_GROUPS) {
    const model = models.get(group.device);
    const catalog = model ? typeIds.get(model.subtype) : undefined;
    if (!model || !catalog) {
      throw new Error(`Demo data: device "${group.device}" is not in device-models.csv or its subtype is not in the catalog.`);
    }
    const school = schools[group.school];
    const manager = staff.actorAt(group.school, 'resource_manager');

    for (let copy = 0; copy < group.count; copy += 1) {
      const ordinal = (ordinals.get(group.school) ?? 0) + 1;
      ordinals.set(group.school, ordinal);
      const registeredAt = addMinutes(daysAgo(context, RESOURCES_REGISTERED_DAYS_AGO, 10), ordinal * 3);
      const sequence = await nextSequence(trx, school.id, 'resource');
      const [row] = await trx('resources')
        .insert({
          ...newRowColumns(registeredAt),
          number: `RES-${school.registrationNumber}-${sequence}`,
          sequence,
          institution_id: school.id,
          type_id: catalog.typeId,
          subtype_id: catalog.subtypeId,
          manufacturer: model.manufacturer,
          model: model.model,
          serial_number: `${SERIAL_PREFIXES[model.manufacturer]}${school.registrationNumber.slice(-2)}${String(ordinal).padStart(5, '0')}`,
          inventory_number: `${school.inventoryPrefix}-${group.acquisitionDate.slice(0, 4)}-${String(ordinal).padStart(3, '0')}`,
          manufacture_year: group.manufactureYear,
          own_name: null,
          resource_group: group.resourceGroup ?? null,
          acquisition_type: group.acquisitionType,
          funding_programme: model.fundingProgramme,
          acquisition_date: group.acquisitionDate,
          value_eur: model.valueEur,
          usage_purpose: group.usagePurpose,
          target_group: group.targetGroup,
          social_support: group.socialSupport ?? false,
          location: group.location ?? 'storage',
          status: 'available',
          parameters: JSON.stringify(model.parameters),
          notes: group.notes,
          status_confirmed_at: registeredAt,
        })
        .returning(['id']);
      await recordPastStatusChange(context, {
        trail: 'resource',
        recordId: row.id,
        from: null,
        to: 'available',
        actor: manager,
        at: registeredAt,
      });

      const resource: DemoResource = {
        id: row.id,
        school: group.school,
        device: group.device,
        institution_id: school.id,
        status: 'available',
        statusChangedAt: registeredAt,
        usage_purpose: group.usagePurpose,
        target_group: group.targetGroup,
        social_support: group.socialSupport ?? false,
        notes: group.notes,
      };
      if (group.laterStatus) {
        const changedAt = daysAgo(context, group.laterStatus.daysAgo, 13, 30);
        await trx('resources').where('id', row.id).update({
          status: group.laterStatus.status,
          location: group.laterStatus.location,
          notes: group.laterStatus.notes,
          updated_at: changedAt,
          status_confirmed_at: changedAt,
        });
        await recordPastStatusChange(context, {
          trail: 'resource',
          recordId: row.id,
          from: 'available',
          to: group.laterStatus.status,
          actor: manager,
          at: changedAt,
        });
        Object.assign(resource, { status: group.laterStatus.status, statusChangedAt: changedAt, notes: group.laterStatus.notes });
      }
      resources.push(resource);
    }
  }
  return resources;
}
