import { createId } from '@paralleldrive/cuid2';
import type { TestApp } from './app';
import type { TestInstitution } from './fixtures';
import { newPersonalCode, uniqueSuffix } from './people';

/**
 * Inserts domain rows straight into the database, for tests that need records in a given state
 * without walking the flow that makes them. Numbers carry a "T" and a unique suffix in place of
 * the sequence, so they never clash with numbers the server gives.
 */

function rowColumns() {
  const now = new Date();
  return { document_id: createId(), created_at: now, updated_at: now, published_at: now };
}

/** Returns a sequence far above what the tests' own institutions reach through the server. */
function detachedSequence(): number {
  return 100000 + Math.floor(Math.random() * 1e8);
}

/** Inserts a Chromebook-like resource of the institution with the given status. */
export async function insertResourceRow(app: TestApp, institution: TestInstitution, subtypeId: number, status = 'available'): Promise<number> {
  const suffix = uniqueSuffix();
  const type = await app.knex('resource_types').where('code', 'computer').first('id');
  const [row] = await app
    .knex('resources')
    .insert({
      ...rowColumns(),
      number: `RES-${institution.registrationNumber}-T${suffix}`,
      sequence: detachedSequence(),
      institution_id: institution.id,
      type_id: type.id,
      subtype_id: subtypeId,
      manufacturer: 'Acer',
      model: 'Chromebook 314',
      serial_number: `SN-${suffix}`,
      inventory_number: `INV-${suffix}`,
      acquisition_type: 'ministry',
      value_eur: 416.5,
      usage_purpose: 'issued_individually',
      target_group: 'learners',
      social_support: false,
      location: 'storage',
      status,
      parameters: JSON.stringify({ operating_system: 'ChromeOS', ram_gb: 4, storage_gb: 64, screen_inches: 14 }),
    })
    .returning(['id']);
  return row.id;
}

/** Inserts an e-service application of a learner at the institution with the given status. */
export async function insertApplicationRow(app: TestApp, institution: TestInstitution, subtypeId: number, status = 'submitted'): Promise<number> {
  const [row] = await app
    .knex('applications')
    .insert({
      ...rowColumns(),
      number: `PIE-${institution.registrationNumber}-T${uniqueSuffix()}`,
      sequence: detachedSequence(),
      institution_id: institution.id,
      subtype_id: subtypeId,
      submitted_at: new Date(),
      source: 'eservice',
      applicant_personal_code: newPersonalCode(),
      applicant_first_name: 'Ilze',
      applicant_last_name: 'Kalniņa',
      applicant_role: 'parent_guardian',
      user_personal_code: newPersonalCode(),
      user_first_name: 'Mārtiņš',
      user_last_name: 'Kalniņš',
      user_kind: 'learner',
      grade: 8,
      social_support: false,
      social_statuses: JSON.stringify([]),
      status,
    })
    .returning(['id']);
  return row.id;
}

/**
 * Inserts an active handover act with its own approved application and a resource that is
 * reserved, or in use when the act is issued.
 */
export async function insertActRow(app: TestApp, institution: TestInstitution, subtypeId: number, status: string): Promise<number> {
  const resourceId = await insertResourceRow(app, institution, subtypeId, status === 'issued' ? 'in_use' : 'reserved');
  const applicationId = await insertApplicationRow(app, institution, subtypeId, 'approved');
  const [row] = await app
    .knex('handover_acts')
    .insert({
      ...rowColumns(),
      number: `PNA-${institution.registrationNumber}-T${uniqueSuffix()}`,
      sequence: detachedSequence(),
      institution_id: institution.id,
      application_id: applicationId,
      resource_id: resourceId,
      status,
      return_deadline: '2027-06-30',
      issued_on: status === 'issued' ? '2026-12-01' : null,
      recipient_name: status === 'issued' ? 'Ilze Kalniņa' : null,
      active_resource_id: resourceId,
      active_application_id: applicationId,
    })
    .returning(['id']);
  return row.id;
}
