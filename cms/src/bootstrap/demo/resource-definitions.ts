import type { SchoolKey } from './context';

/** Manufacturer and model as in device-models.csv, joined by a space. */
export type DeviceName =
  | 'Acer Chromebook 314'
  | 'Lenovo 300e Chromebook Gen 3'
  | 'HP Chromebook 14 G7'
  | 'Lenovo ThinkPad E14'
  | 'Dell Latitude 3540'
  | 'Samsung Galaxy Tab A9+';

export interface DemoResourceGroup {
  school: SchoolKey;
  device: DeviceName;
  count: number;
  manufactureYear: number;
  acquisitionType: 'municipality' | 'ministry' | 'institution' | 'donated';
  acquisitionDate: string;
  usagePurpose: 'issued_individually' | 'institution_learning';
  targetGroup: 'all' | 'learners' | 'socially_disadvantaged_learners' | 'employees';
  socialSupport?: boolean;
  resourceGroup?: string;
  location?: 'classroom' | 'library' | 'storage';
  notes: string;
  /** Status the resource manager set by hand after registration, with the new location and notes. */
  laterStatus?: { status: 'maintenance' | 'damaged'; daysAgo: number; location: 'service' | 'storage'; notes: string };
}

const GOOD_CONDITION = 'Bez bojājumiem, komplektā lādētājs.';
const EVERY_CHILD_SET = 'Dators ikvienam bērnam, 7.–9. klases';

/**
 * Devices of the demo schools. Devices that handover acts later reserve, issue or take back are
 * registered as available here, and the acts change their status.
 */
export const DEMO_RESOURCE_GROUPS: readonly DemoResourceGroup[] = [
  {
    school: 'riga',
    device: 'Acer Chromebook 314',
    count: 10,
    manufactureYear: 2022,
    acquisitionType: 'ministry',
    acquisitionDate: '2023-02-14',
    usagePurpose: 'issued_individually',
    targetGroup: 'learners',
    resourceGroup: EVERY_CHILD_SET,
    notes: GOOD_CONDITION,
  },
  {
    school: 'riga',
    device: 'Acer Chromebook 314',
    count: 1,
    manufactureYear: 2022,
    acquisitionType: 'ministry',
    acquisitionDate: '2023-02-14',
    usagePurpose: 'issued_individually',
    targetGroup: 'learners',
    resourceGroup: EVERY_CHILD_SET,
    notes: GOOD_CONDITION,
    laterStatus: { status: 'maintenance', daysAgo: 20, location: 'service', notes: 'Akumulators neuzlādējas, nodots garantijas servisā.' },
  },
  {
    school: 'riga',
    device: 'Lenovo 300e Chromebook Gen 3',
    count: 1,
    manufactureYear: 2023,
    acquisitionType: 'ministry',
    acquisitionDate: '2024-03-05',
    usagePurpose: 'issued_individually',
    targetGroup: 'socially_disadvantaged_learners',
    socialSupport: true,
    notes: GOOD_CONDITION,
  },
  {
    school: 'riga',
    device: 'Lenovo ThinkPad E14',
    count: 2,
    manufactureYear: 2024,
    acquisitionType: 'municipality',
    acquisitionDate: '2024-08-20',
    usagePurpose: 'issued_individually',
    targetGroup: 'employees',
    notes: GOOD_CONDITION,
  },
  {
    school: 'riga',
    device: 'Samsung Galaxy Tab A9+',
    count: 2,
    manufactureYear: 2024,
    acquisitionType: 'donated',
    acquisitionDate: '2024-10-01',
    usagePurpose: 'institution_learning',
    targetGroup: 'all',
    resourceGroup: 'Bioloģijas kabinets',
    location: 'classroom',
    notes: 'Ar aizsargvāciņu.',
  },
  {
    school: 'daugavpils',
    device: 'Acer Chromebook 314',
    count: 9,
    manufactureYear: 2022,
    acquisitionType: 'ministry',
    acquisitionDate: '2023-03-02',
    usagePurpose: 'issued_individually',
    targetGroup: 'learners',
    resourceGroup: EVERY_CHILD_SET,
    notes: GOOD_CONDITION,
  },
  {
    school: 'daugavpils',
    device: 'Acer Chromebook 314',
    count: 1,
    manufactureYear: 2022,
    acquisitionType: 'ministry',
    acquisitionDate: '2023-03-02',
    usagePurpose: 'issued_individually',
    targetGroup: 'learners',
    resourceGroup: EVERY_CHILD_SET,
    notes: GOOD_CONDITION,
    laterStatus: { status: 'maintenance', daysAgo: 12, location: 'service', notes: 'Nedarbojas tastatūras rinda; nodots servisā.' },
  },
  {
    school: 'daugavpils',
    device: 'HP Chromebook 14 G7',
    count: 2,
    manufactureYear: 2023,
    acquisitionType: 'ministry',
    acquisitionDate: '2024-02-12',
    usagePurpose: 'issued_individually',
    targetGroup: 'socially_disadvantaged_learners',
    socialSupport: true,
    notes: GOOD_CONDITION,
  },
  {
    school: 'daugavpils',
    device: 'Dell Latitude 3540',
    count: 1,
    manufactureYear: 2024,
    acquisitionType: 'institution',
    acquisitionDate: '2024-09-02',
    usagePurpose: 'issued_individually',
    targetGroup: 'employees',
    notes: GOOD_CONDITION,
  },
  {
    school: 'valmiera',
    device: 'Acer Chromebook 314',
    count: 9,
    manufactureYear: 2022,
    acquisitionType: 'ministry',
    acquisitionDate: '2023-01-26',
    usagePurpose: 'issued_individually',
    targetGroup: 'learners',
    resourceGroup: EVERY_CHILD_SET,
    notes: GOOD_CONDITION,
  },
  {
    school: 'valmiera',
    device: 'Acer Chromebook 314',
    count: 1,
    manufactureYear: 2022,
    acquisitionType: 'ministry',
    acquisitionDate: '2023-01-26',
    usagePurpose: 'issued_individually',
    targetGroup: 'learners',
    resourceGroup: EVERY_CHILD_SET,
    notes: GOOD_CONDITION,
    laterStatus: { status: 'damaged', daysAgo: 35, location: 'storage', notes: 'Ieplīsis ekrāns pēc kritiena; gaida remonta tāmi.' },
  },
  {
    school: 'valmiera',
    device: 'Lenovo 300e Chromebook Gen 3',
    count: 1,
    manufactureYear: 2023,
    acquisitionType: 'ministry',
    acquisitionDate: '2024-03-11',
    usagePurpose: 'issued_individually',
    targetGroup: 'socially_disadvantaged_learners',
    socialSupport: true,
    notes: GOOD_CONDITION,
  },
  {
    school: 'valmiera',
    device: 'Dell Latitude 3540',
    count: 2,
    manufactureYear: 2024,
    acquisitionType: 'municipality',
    acquisitionDate: '2024-08-28',
    usagePurpose: 'issued_individually',
    targetGroup: 'employees',
    notes: GOOD_CONDITION,
  },
];
