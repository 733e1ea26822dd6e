import { newRowColumns } from '../../lib/db';
import { daysAgo, type DemoContext, type SchoolKey } from './context';

type ContactRole = 'director' | 'handover_responsible' | 'ict_support' | 'data_protection';

interface DemoContactDefinition {
  role: ContactRole;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

interface DemoSchoolDefinition {
  key: SchoolKey;
  /** Placeholder VIIS number of the school in institutions-sample.csv. */
  registrationNumber: string;
  /** ISO 3166-2 code of the municipality the sample file gives, checked before seeding. */
  municipalityCode: string;
  address: string;
  email: string;
  phone: string;
  /** Prefix of the school's inventory numbers, as a school would mark its devices. */
  inventoryPrefix: string;
  contacts: DemoContactDefinition[];
}

/**
 * The three demo schools. Names, towns and municipalities come from the sample import. The
 * addresses, e-mails, phones and contact persons are demo values, not the schools' real contacts.
 */
export const DEMO_SCHOOLS: readonly DemoSchoolDefinition[] = [
  {
    key: 'riga',
    registrationNumber: '9000000001',
    municipalityCode: 'LV-RIX',
    address: 'Raiņa bulvāris 8, Rīga, LV-1050',
    email: 'rv1g@example.com',
    phone: '+371 67000101',
    inventoryPrefix: 'RV1G',
    contacts: [
      { role: 'director', firstName: 'Gints', lastName: 'Kalējs', email: 'gints.kalejs@example.com', phone: '+371 20000105' },
      { role: 'handover_responsible', firstName: 'Dace', lastName: 'Siliņa', email: 'dace.silina@example.com', phone: '+371 20000107' },
      { role: 'ict_support', firstName: 'Mārtiņš', lastName: 'Kļaviņš', email: 'martins.klavins@example.com', phone: '+371 20000108' },
      { role: 'data_protection', firstName: 'Agnese', lastName: 'Pūce', email: 'agnese.puce@example.com', phone: '+371 20000190' },
    ],
  },
  {
    key: 'daugavpils',
    registrationNumber: '9000000004',
    municipalityCode: 'LV-DGV',
    address: 'Cietokšņa iela 33, Daugavpils, LV-5401',
    email: 'dvg@example.com',
    phone: '+371 65000104',
    inventoryPrefix: 'DVG',
    contacts: [
      { role: 'director', firstName: 'Jeļena', lastName: 'Pavlova', email: 'jelena.pavlova@example.com', phone: '+371 20000109' },
      {
        role: 'handover_responsible',
        firstName: 'Olga',
        lastName: 'Romanovska',
        email: 'olga.romanovska@example.com',
        phone: '+371 20000111',
      },
      { role: 'ict_support', firstName: 'Igors', lastName: 'Smirnovs', email: 'igors.smirnovs@example.com', phone: '+371 20000191' },
      { role: 'data_protection', firstName: 'Aija', lastName: 'Strode', email: 'aija.strode@example.com', phone: '+371 20000192' },
    ],
  },
  {
    key: 'valmiera',
    registrationNumber: '9000000010',
    municipalityCode: 'LV-113',
    address: 'Leona Paegles iela 30, Valmiera, LV-4201',
    email: 'vvg@example.com',
    phone: '+371 64000110',
    inventoryPrefix: 'VVG',
    contacts: [
      { role: 'director', firstName: 'Kristaps', lastName: 'Eglītis', email: 'kristaps.eglitis@example.com', phone: '+371 20000112' },
      { role: 'handover_responsible', firstName: 'Artūrs', lastName: 'Priede', email: 'arturs.priede@example.com', phone: '+371 20000114' },
      { role: 'ict_support', firstName: 'Raivis', lastName: 'Ozols', email: 'raivis.ozols@example.com', phone: '+371 20000193' },
      { role: 'data_protection', firstName: 'Zane', lastName: 'Bērziņa', email: 'zane.berzina@example.com', phone: '+371 20000194' },
    ],
  },
];

/**
 * Application settings of every demo school: Chromebooks for learners, Windows laptops for
 * employees, tablets closed (the demo tablets are for teaching at the school).
 */
const DEMO_SUBTYPE_SETTINGS = [
  { subtype: 'chromebook', open: true, canApply: 'learners' },
  { subtype: 'windows_laptop', open: true, canApply: 'employees' },
  { subtype: 'tablet', open: false, canApply: 'learners' },
] as const;

/** Days before the seed on which the supervisor activated the demo schools. */
export const SCHOOLS_ACTIVATED_DAYS_AGO = 100;

export interface DemoSchool {
  key: SchoolKey;
  id: number;
  registrationNumber: string;
  supervisorId: number;
  inventoryPrefix: string;
  activatedAt: Date;
}

export type DemoSchools = Record<SchoolKey, DemoSchool>;

/**
 * Activates the demo schools the sample import created: fills in their contact data, adds the
 * four contact persons and opens applications for Chromebooks and Windows laptops.
 */
export async function activateDemoSchools(context: DemoContext): Promise<DemoSchools> {
  const { trx } = context;
  const activatedAt = daysAgo(context, SCHOOLS_ACTIVATED_DAYS_AGO, 9, 30);
  const subtypes = new Map<string, number>((await trx('resource_subtypes').select('id', 'code')).map((row) => [row.code, row.id]));
  const schools = {} as DemoSchools;

  for (const definition of DEMO_SCHOOLS) {
    const institution = await trx('institutions as i')
      .join('supervisors as sv', 'sv.id', 'i.supervisor_id')
      .where('i.registration_number', definition.registrationNumber)
      .first('i.id', 'i.supervisor_id', 'sv.code as supervisor_code');
    if (!institution || institution.supervisor_code !== definition.municipalityCode) {
      throw new Error(
        `Demo data: institution ${definition.registrationNumber} in ${definition.municipalityCode} was not found. ` +
          'Import database/seed/institutions-sample.csv (seedCatalogs does) before seeding demo data.',
      );
    }

    await trx('institutions').where('id', institution.id).update({
      address: definition.address,
      email: definition.email,
      phone: definition.phone,
      status: 'active',
      accepts_applications: true,
      activated_at: activatedAt,
      updated_at: activatedAt,
    });

    await trx('institution_contacts').insert(
      definition.contacts.map((contact) => ({
        ...newRowColumns(activatedAt),
        institution_id: institution.id,
        role: contact.role,
        first_name: contact.firstName,
        last_name: contact.lastName,
        email: contact.email,
        phone: contact.phone,
      })),
    );

    for (const setting of DEMO_SUBTYPE_SETTINGS) {
      const subtypeId = subtypes.get(setting.subtype);
      if (!subtypeId) {
        throw new Error(`Demo data: resource subtype "${setting.subtype}" is missing. Seed the catalogs before the demo data.`);
      }
      await trx('subtype_settings')
        .insert({
          ...newRowColumns(activatedAt),
          institution_id: institution.id,
          subtype_id: subtypeId,
          open: setting.open,
          can_apply: setting.canApply,
        })
        .onConflict(['institution_id', 'subtype_id'])
        .merge(['open', 'can_apply', 'updated_at']);
    }

    schools[definition.key] = {
      key: definition.key,
      id: institution.id,
      registrationNumber: definition.registrationNumber,
      supervisorId: institution.supervisor_id,
      inventoryPrefix: definition.inventoryPrefix,
      activatedAt,
    };
  }
  return schools;
}
