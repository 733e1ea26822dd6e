import { createId } from '@paralleldrive/cuid2';
import type { Knex } from 'knex';
import type { Role } from '@rumis/access';
import type { TestApp } from './app';
import { newPersonalCode, uniqueSuffix } from './people';

function rowColumns() {
  const now = new Date();
  return { document_id: createId(), created_at: now, updated_at: now, published_at: now };
}

// Each test file starts at a random point of the 10^9 numbers, so files that share one database
// (one file creates over 500 institutions) overlap only by a rare chance.
let registrationSerial = Math.floor(Math.random() * 999_000_000);

/** Returns a registration number in the 8xxxxxxxxx range, which the seed data never uses. */
export function newRegistrationNumber(): string {
  registrationSerial += 1;
  return `8${String(registrationSerial).padStart(9, '0')}`;
}

export async function subtypeIdOf(knex: Knex, code: string): Promise<number> {
  const row = await knex('resource_subtypes').where('code', code).first('id');
  return row.id;
}

export interface InstitutionOptions {
  supervisorCode?: string;
  accepting?: boolean;
  status?: 'active' | 'inactive';
  /** Subtype code to its application setting; chromebook is open to learners when omitted. */
  subtypes?: Record<string, { open: boolean; canApply: 'learners' | 'employees' | 'all' }>;
  withContacts?: boolean;
}

export interface TestInstitution {
  id: number;
  registrationNumber: string;
  supervisorId: number;
  name: string;
}

/** Creates an active institution with contact persons and subtype settings. */
export async function createInstitution(app: TestApp, options: InstitutionOptions = {}): Promise<TestInstitution> {
  const { knex } = app;
  const supervisor = await knex('supervisors').where('code', options.supervisorCode ?? 'LV-RIX').first('id');
  const registrationNumber = newRegistrationNumber();
  const name = `Testa vidusskola ${uniqueSuffix()}`;
  const [institution] = await knex('institutions')
    .insert({
      ...rowColumns(),
      registration_number: registrationNumber,
      name,
      address: 'Skolas iela 1',
      town: 'Rīga',
      supervisor_id: supervisor.id,
      email: 'skola@example.lv',
      phone: '+371 67000000',
      status: options.status ?? 'active',
      accepts_applications: options.accepting ?? true,
    })
    .returning(['id']);
  const subtypes = options.subtypes ?? { chromebook: { open: true, canApply: 'learners' } };
  for (const [code, setting] of Object.entries(subtypes)) {
    await knex('subtype_settings').insert({
      ...rowColumns(),
      institution_id: institution.id,
      subtype_id: await subtypeIdOf(knex, code),
      open: setting.open,
      can_apply: setting.canApply,
    });
  }
  if (options.withContacts ?? true) {
    const contacts = [
      ['director', 'Dace', 'Direktore'],
      ['handover_responsible', 'Jānis', 'Bērziņš'],
      ['ict_support', 'Ēriks', 'Kļaviņš'],
      ['data_protection', 'Līga', 'Šķēle'],
    ];
    for (const [role, firstName, lastName] of contacts) {
      await knex('institution_contacts').insert({
        ...rowColumns(),
        institution_id: institution.id,
        role,
        first_name: firstName,
        last_name: lastName,
        email: `${role}@example.lv`,
        phone: '+371 20000000',
      });
    }
  }
  return { id: institution.id, registrationNumber, supervisorId: supervisor.id, name };
}

export interface StaffOptions {
  level: 'state' | 'municipality' | 'institution';
  institutionId?: number;
  supervisorId?: number;
  roles: Role[];
  validUntil?: string | null;
  blocked?: boolean;
}

/** Creates a user with one profile and returns their ids. */
export async function createStaff(app: TestApp, options: StaffOptions): Promise<{ userId: number; profileId: number }> {
  const { knex } = app;
  const suffix = uniqueSuffix();
  const [user] = await knex('up_users')
    .insert({
      ...rowColumns(),
      username: `test-${suffix}`,
      email: `test-${suffix}@example.lv`,
      provider: 'latvija.lv',
      confirmed: true,
      blocked: false,
      personal_code: newPersonalCode(),
      first_name: 'Testa',
      last_name: `Darbinieks ${suffix}`,
    })
    .returning(['id']);
  const [profile] = await knex('profiles')
    .insert({
      ...rowColumns(),
      user_id: user.id,
      level: options.level,
      institution_id: options.institutionId ?? null,
      supervisor_id: options.supervisorId ?? null,
      roles: JSON.stringify(options.roles),
      valid_until: options.validUntil ?? null,
      blocked: options.blocked ?? false,
    })
    .returning(['id']);
  return { userId: user.id, profileId: profile.id };
}

/** Logs in through the development login and returns an agent that carries the session cookie. */
export async function loginAs(app: TestApp, userId: number) {
  const agent = app.agent();
  const response = await agent.post('/api/session/dev-login').send({ userId });
  if (response.status !== 200) {
    throw new Error(`Development login failed with ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return agent;
}

/** Creates a staff member of an institution and returns a logged-in agent. */
export async function staffAgent(app: TestApp, institution: TestInstitution, roles: Role[]) {
  const staff = await createStaff(app, { level: 'institution', institutionId: institution.id, roles });
  return { ...staff, agent: await loginAs(app, staff.userId) };
}

export function chromebookInput(subtypeId: number, overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix();
  return {
    subtypeId,
    manufacturer: 'Acer',
    model: 'Chromebook 314',
    serialNumber: `SN-${suffix}`,
    inventoryNumber: `INV-${suffix}`,
    manufactureYear: 2023,
    acquisitionType: 'ministry',
    fundingProgramme: 'every_child',
    acquisitionDate: '2023-02-01',
    valueEur: 416.5,
    usagePurpose: 'issued_individually',
    targetGroup: 'learners',
    socialSupport: false,
    location: 'storage',
    status: 'available',
    parameters: { operating_system: 'ChromeOS', ram_gb: 4, storage_gb: 64, screen_inches: 14 },
    ...overrides,
  };
}

export function eserviceApplication(registrationNumber: string, overrides: Record<string, unknown> = {}) {
  const learnerCode = newPersonalCode();
  return {
    institutionRegistrationNumber: registrationNumber,
    subtypeCode: 'chromebook',
    applicant: { personalCode: newPersonalCode(), firstName: 'Ilze', lastName: 'Kalniņa', role: 'parent_guardian', email: 'ilze@example.lv', phone: '+371 29000000' },
    resourceUser: { personalCode: learnerCode, firstName: 'Mārtiņš', lastName: 'Kalniņš', kind: 'learner', grade: 7, classLetter: 'b' },
    socialSupport: false,
    socialStatuses: [],
    ...overrides,
  };
}
