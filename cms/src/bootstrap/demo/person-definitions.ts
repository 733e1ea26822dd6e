import type { AccessLevel, Role } from '@rumis/access';
import type { SchoolKey } from './context';

interface DemoProfileDefinition {
  level: AccessLevel;
  /** Supervisor code for a municipality profile. */
  supervisor?: string;
  /** School of an institution profile. */
  school?: SchoolKey;
  roles: Role[];
  jobTitle: string;
  /** Number of the document that grants the rights, such as an order registered by the school. */
  basisDocument: string;
  /** Whether the profile ends with the school year (the next 30 June) rather than having no end. */
  endsWithSchoolYear?: boolean;
}

export interface DemoPersonDefinition {
  username: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string;
  phone: string;
  profiles: DemoProfileDefinition[];
}

/**
 * Demo staff at all three levels. Every school has an administrator (its director) and staff who
 * together hold every daily role. Santa Lāce works at two schools, so she has two profiles and
 * must choose one after logging in.
 */
export const DEMO_PERSONS: readonly DemoPersonDefinition[] = [
  {
    username: 'ilze.ozola',
    firstName: 'Ilze',
    lastName: 'Ozola',
    birthDate: '1976-04-18',
    email: 'ilze.ozola@example.com',
    phone: '+371 20000101',
    profiles: [
      { level: 'state', roles: ['admin'], jobTitle: 'IZM informācijas sistēmu administratore', basisDocument: 'IZM rīkojums Nr. 1-2/41' },
    ],
  },
  {
    username: 'andris.liepa',
    firstName: 'Andris',
    lastName: 'Liepa',
    birthDate: '1981-09-02',
    email: 'andris.liepa@example.com',
    phone: '+371 20000102',
    profiles: [
      {
        level: 'state',
        roles: ['report_viewer'],
        jobTitle: 'IZM Vispārējās izglītības departamenta vecākais eksperts',
        basisDocument: 'IZM rīkojums Nr. 1-2/42',
      },
    ],
  },
  {
    username: 'sandra.krumina',
    firstName: 'Sandra',
    lastName: 'Krūmiņa',
    birthDate: '1972-11-23',
    email: 'sandra.krumina@example.com',
    phone: '+371 20000103',
    profiles: [
      {
        level: 'municipality',
        supervisor: 'LV-RIX',
        roles: ['admin'],
        jobTitle: 'Izglītības pārvaldes galvenā speciāliste',
        basisDocument: 'Rīkojums Nr. RD-24-118',
      },
    ],
  },
  {
    username: 'edgars.vitols',
    firstName: 'Edgars',
    lastName: 'Vītols',
    birthDate: '1988-06-14',
    email: 'edgars.vitols@example.com',
    phone: '+371 20000104',
    profiles: [
      {
        level: 'municipality',
        supervisor: 'LV-RIX',
        roles: ['report_viewer'],
        jobTitle: 'Izglītības pārvaldes analītiķis',
        basisDocument: 'Rīkojums Nr. RD-24-119',
      },
    ],
  },
  {
    username: 'gints.kalejs',
    firstName: 'Gints',
    lastName: 'Kalējs',
    birthDate: '1968-02-07',
    email: 'gints.kalejs@example.com',
    phone: '+371 20000105',
    profiles: [{ level: 'institution', school: 'riga', roles: ['admin'], jobTitle: 'Direktors', basisDocument: 'Rīkojums Nr. RD-24-120' }],
  },
  {
    username: 'laura.zarina',
    firstName: 'Laura',
    lastName: 'Zariņa',
    birthDate: '1979-05-30',
    email: 'laura.zarina@example.com',
    phone: '+371 20000106',
    profiles: [
      {
        level: 'institution',
        school: 'riga',
        roles: ['application_reviewer', 'report_viewer'],
        jobTitle: 'Direktora vietniece izglītības jomā',
        basisDocument: 'Rīkojums Nr. 1-7/12',
      },
    ],
  },
  {
    username: 'dace.silina',
    firstName: 'Dace',
    lastName: 'Siliņa',
    birthDate: '1990-12-01',
    email: 'dace.silina@example.com',
    phone: '+371 20000107',
    profiles: [
      {
        level: 'institution',
        school: 'riga',
        roles: ['application_registrar'],
        jobTitle: 'Lietvede',
        basisDocument: 'Rīkojums Nr. 1-7/13',
      },
    ],
  },
  {
    username: 'martins.klavins',
    firstName: 'Mārtiņš',
    lastName: 'Kļaviņš',
    birthDate: '1983-08-19',
    email: 'martins.klavins@example.com',
    phone: '+371 20000108',
    profiles: [
      {
        level: 'institution',
        school: 'riga',
        roles: ['resource_manager', 'resource_issuer'],
        jobTitle: 'Datorsistēmu administrators',
        basisDocument: 'Rīkojums Nr. 1-7/14',
      },
    ],
  },
  {
    username: 'jelena.pavlova',
    firstName: 'Jeļena',
    lastName: 'Pavlova',
    birthDate: '1970-10-11',
    email: 'jelena.pavlova@example.com',
    phone: '+371 20000109',
    profiles: [
      { level: 'institution', school: 'daugavpils', roles: ['admin'], jobTitle: 'Direktore', basisDocument: 'Rīkojums Nr. DIKS-24-56' },
    ],
  },
  {
    username: 'valdis.upenieks',
    firstName: 'Valdis',
    lastName: 'Upenieks',
    birthDate: '1977-03-27',
    email: 'valdis.upenieks@example.com',
    phone: '+371 20000110',
    profiles: [
      {
        level: 'institution',
        school: 'daugavpils',
        roles: ['application_registrar', 'application_reviewer'],
        jobTitle: 'Direktora vietnieks izglītības jomā',
        basisDocument: 'Rīkojums Nr. 1-9/21',
      },
    ],
  },
  {
    username: 'olga.romanovska',
    firstName: 'Olga',
    lastName: 'Romanovska',
    birthDate: '1986-01-15',
    email: 'olga.romanovska@example.com',
    phone: '+371 20000111',
    profiles: [
      {
        level: 'institution',
        school: 'daugavpils',
        roles: ['resource_manager', 'resource_issuer', 'report_viewer'],
        jobTitle: 'Informātikas skolotāja, IKT koordinatore',
        basisDocument: 'Rīkojums Nr. 1-9/22',
      },
    ],
  },
  {
    username: 'kristaps.eglitis',
    firstName: 'Kristaps',
    lastName: 'Eglītis',
    birthDate: '1974-07-04',
    email: 'kristaps.eglitis@example.com',
    phone: '+371 20000112',
    profiles: [
      { level: 'institution', school: 'valmiera', roles: ['admin'], jobTitle: 'Direktors', basisDocument: 'Rīkojums Nr. 4.1-9/2024/77' },
    ],
  },
  {
    username: 'baiba.roze',
    firstName: 'Baiba',
    lastName: 'Roze',
    birthDate: '1982-12-09',
    email: 'baiba.roze@example.com',
    phone: '+371 20000113',
    profiles: [
      {
        level: 'institution',
        school: 'valmiera',
        roles: ['resource_manager', 'report_viewer'],
        jobTitle: 'Saimniecības daļas vadītāja',
        basisDocument: 'Rīkojums Nr. 1-11/31',
      },
    ],
  },
  {
    username: 'arturs.priede',
    firstName: 'Artūrs',
    lastName: 'Priede',
    birthDate: '1992-04-22',
    email: 'arturs.priede@example.com',
    phone: '+371 20000114',
    profiles: [
      {
        level: 'institution',
        school: 'valmiera',
        roles: ['application_registrar', 'resource_issuer'],
        jobTitle: 'Bibliotekārs',
        basisDocument: 'Rīkojums Nr. 1-11/32',
      },
    ],
  },
  {
    username: 'santa.lace',
    firstName: 'Santa',
    lastName: 'Lāce',
    birthDate: '1984-10-30',
    email: 'santa.lace@example.com',
    phone: '+371 20000115',
    profiles: [
      {
        level: 'institution',
        school: 'valmiera',
        roles: ['application_reviewer'],
        jobTitle: 'Direktora vietniece izglītības jomā',
        basisDocument: 'Rīkojums Nr. 1-11/33',
      },
      {
        level: 'institution',
        school: 'riga',
        roles: ['resource_issuer'],
        jobTitle: 'Informātikas skolotāja (pusslodze)',
        basisDocument: 'Rīkojums Nr. 1-7/15',
        endsWithSchoolYear: true,
      },
    ],
  },
];
