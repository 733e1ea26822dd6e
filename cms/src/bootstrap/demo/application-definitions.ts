import type { DemoActStory } from './acts';
import type { SchoolKey } from './context';
import type { DeviceName } from './resource-definitions';

interface DemoLearner {
  kind: 'learner';
  firstName: string;
  lastName: string;
  grade: 7 | 8 | 9;
  classLetter: string;
  /** Birthday as MM-DD. The year follows from the grade. */
  birthday: string;
}

interface DemoEmployee {
  kind: 'employee';
  firstName: string;
  lastName: string;
  birthDate: string;
}

interface DemoParent {
  firstName: string;
  lastName: string;
  birthDate: string;
}

export type DemoOutcome =
  | { status: 'submitted' }
  | { status: 'postponed'; afterDays: number; reason: string }
  | { status: 'declined'; afterDays: number; reason: string }
  | { status: 'withdrawn'; afterDays: number }
  | { status: 'approved'; afterDays: number; device: DeviceName; act: DemoActStory };

export interface DemoApplicationDefinition {
  school: SchoolKey;
  subtype: 'chromebook' | 'windows_laptop';
  user: DemoLearner | DemoEmployee;
  /** Parent who applies for a learner. An employee applies for themself and has none. */
  parent?: DemoParent;
  /** A paper application registered in the panel, with the number the school's records gave it. */
  paperDocument?: string;
  submittedDaysAgo: number;
  socialStatuses?: string[];
  notes?: string;
  outcome: DemoOutcome;
}

/**
 * Twenty applications, each with its story up to now. A decision comes `afterDays` days after
 * submission. Learners are in grades 7 to 9, the grades of the programme "Dators ikvienam bērnam".
 */
export const DEMO_APPLICATIONS: readonly DemoApplicationDefinition[] = [
  {
    school: 'riga',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Emīls', lastName: 'Bērziņš', grade: 7, classLetter: 'a', birthday: '05-12' },
    parent: { firstName: 'Kristīne', lastName: 'Bērziņa', birthDate: '1984-09-21' },
    submittedDaysAgo: 1,
    outcome: { status: 'submitted' },
  },
  {
    school: 'riga',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Alise', lastName: 'Ozoliņa', grade: 8, classLetter: 'b', birthday: '02-03' },
    parent: { firstName: 'Jānis', lastName: 'Ozoliņš', birthDate: '1979-11-08' },
    submittedDaysAgo: 13,
    outcome: { status: 'submitted' },
  },
  {
    school: 'riga',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Roberts', lastName: 'Liepiņš', grade: 9, classLetter: 'c', birthday: '10-17' },
    parent: { firstName: 'Inga', lastName: 'Liepiņa', birthDate: '1987-04-02' },
    paperDocument: 'Iesniegums Nr. 3-12/87',
    submittedDaysAgo: 24,
    socialStatuses: ['poor_family'],
    notes: 'Iesniegts papīra formā skolas kancelejā, pievienota izziņa par trūcīgas ģimenes statusu.',
    outcome: { status: 'submitted' },
  },
  {
    school: 'riga',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Sofija', lastName: 'Kalniņa', grade: 7, classLetter: 'b', birthday: '07-29' },
    parent: { firstName: 'Līga', lastName: 'Kalniņa', birthDate: '1986-01-30' },
    submittedDaysAgo: 15,
    outcome: { status: 'postponed', afterDays: 6, reason: 'Jāprecizē, vai izglītojamā turpinās mācības skolā 2. semestrī.' },
  },
  {
    school: 'riga',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Markuss', lastName: 'Jansons', grade: 8, classLetter: 'a', birthday: '03-08' },
    parent: { firstName: 'Evija', lastName: 'Jansone', birthDate: '1983-06-15' },
    submittedDaysAgo: 6,
    outcome: { status: 'approved', afterDays: 5, device: 'Acer Chromebook 314', act: { until: 'draft' } },
  },
  {
    school: 'riga',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Elza', lastName: 'Krastiņa', grade: 9, classLetter: 'a', birthday: '12-01' },
    parent: { firstName: 'Aivars', lastName: 'Krastiņš', birthDate: '1978-02-25' },
    submittedDaysAgo: 92,
    outcome: { status: 'approved', afterDays: 2, device: 'Acer Chromebook 314', act: { until: 'issued', issuedAfterDays: 2 } },
  },
  {
    school: 'riga',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Daniels', lastName: 'Zālītis', grade: 8, classLetter: 'c', birthday: '09-09' },
    parent: { firstName: 'Anita', lastName: 'Zālīte', birthDate: '1982-12-19' },
    submittedDaysAgo: 90,
    outcome: {
      status: 'approved',
      afterDays: 3,
      device: 'Acer Chromebook 314',
      act: {
        until: 'returned',
        issuedAfterDays: 1,
        returnedAfterDays: 76,
        condition: 'working',
        resourceStatus: 'available',
        notes: 'Izglītojamais pārgāja uz citu skolu; dators atgriezts bez bojājumiem.',
      },
    },
  },
  {
    school: 'riga',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Katrīna', lastName: 'Vanaga', grade: 9, classLetter: 'b', birthday: '04-22' },
    parent: { firstName: 'Uldis', lastName: 'Vanags', birthDate: '1980-08-03' },
    submittedDaysAgo: 40,
    outcome: {
      status: 'declined',
      afterDays: 4,
      reason: 'Izglītojamajai jau ir izsniegts dators no pašvaldības atbalsta programmas, otru datoru nepiešķir.',
    },
  },
  {
    school: 'daugavpils',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Rinalds', lastName: 'Pauliņš', grade: 7, classLetter: 'a', birthday: '06-30' },
    parent: { firstName: 'Ieva', lastName: 'Pauliņa', birthDate: '1988-10-12' },
    submittedDaysAgo: 3,
    outcome: { status: 'submitted' },
  },
  {
    school: 'daugavpils',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Estere', lastName: 'Stepiņa', grade: 8, classLetter: 'b', birthday: '01-19' },
    parent: { firstName: 'Māris', lastName: 'Stepiņš', birthDate: '1981-05-07' },
    submittedDaysAgo: 9,
    outcome: { status: 'approved', afterDays: 4, device: 'Acer Chromebook 314', act: { until: 'prepared' } },
  },
  {
    school: 'daugavpils',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Kārlis', lastName: 'Vilcāns', grade: 7, classLetter: 'c', birthday: '11-04' },
    parent: { firstName: 'Olita', lastName: 'Vilcāne', birthDate: '1985-03-14' },
    submittedDaysAgo: 85,
    socialStatuses: ['low_income_family'],
    outcome: { status: 'approved', afterDays: 4, device: 'HP Chromebook 14 G7', act: { until: 'issued', issuedAfterDays: 1 } },
  },
  {
    school: 'daugavpils',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Patriks', lastName: 'Kudiņš', grade: 9, classLetter: 'a', birthday: '08-26' },
    parent: { firstName: 'Inese', lastName: 'Kudiņa', birthDate: '1979-07-23' },
    submittedDaysAgo: 80,
    outcome: {
      status: 'approved',
      afterDays: 2,
      device: 'Acer Chromebook 314',
      act: {
        until: 'returned',
        issuedAfterDays: 2,
        returnedAfterDays: 60,
        condition: 'damaged',
        resourceStatus: 'damaged',
        notes: 'Saplaisājis ekrāna stikls; vecāki informēti par remonta izmaksām.',
      },
    },
  },
  {
    school: 'daugavpils',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Marta', lastName: 'Leimane', grade: 8, classLetter: 'a', birthday: '05-05' },
    parent: { firstName: 'Rihards', lastName: 'Leimanis', birthDate: '1977-12-28' },
    submittedDaysAgo: 30,
    outcome: { status: 'withdrawn', afterDays: 2 },
  },
  {
    school: 'daugavpils',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Renārs', lastName: 'Gailis', grade: 9, classLetter: 'c', birthday: '02-14' },
    parent: { firstName: 'Dina', lastName: 'Gaile', birthDate: '1984-04-09' },
    submittedDaysAgo: 45,
    outcome: {
      status: 'declined',
      afterDays: 6,
      reason: 'Izglītojamais ir pārgājis uz citu izglītības iestādi, tāpēc pieteikums vairs nav aktuāls.',
    },
  },
  {
    school: 'valmiera',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Madara', lastName: 'Strazdiņa', grade: 7, classLetter: 'b', birthday: '10-02' },
    parent: { firstName: 'Gatis', lastName: 'Strazdiņš', birthDate: '1983-01-11' },
    submittedDaysAgo: 16,
    outcome: { status: 'submitted' },
  },
  {
    school: 'valmiera',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Toms', lastName: 'Riekstiņš', grade: 8, classLetter: 'a', birthday: '12-24' },
    parent: { firstName: 'Dzintra', lastName: 'Riekstiņa', birthDate: '1980-06-06' },
    submittedDaysAgo: 11,
    socialStatuses: ['medical_recommendation'],
    outcome: { status: 'postponed', afterDays: 3, reason: 'Gaidām pedagoģiski medicīniskās komisijas atzinuma kopiju.' },
  },
  {
    school: 'valmiera',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Paula', lastName: 'Jaunzeme', grade: 9, classLetter: 'b', birthday: '03-31' },
    parent: { firstName: 'Normunds', lastName: 'Jaunzems', birthDate: '1976-09-17' },
    submittedDaysAgo: 88,
    outcome: { status: 'approved', afterDays: 2, device: 'Acer Chromebook 314', act: { until: 'issued', issuedAfterDays: 3 } },
  },
  {
    school: 'valmiera',
    subtype: 'windows_laptop',
    user: { kind: 'employee', firstName: 'Agris', lastName: 'Lapiņš', birthDate: '1987-02-18' },
    submittedDaysAgo: 70,
    notes: 'Dators nepieciešams e-klases darbam un stundu sagatavošanai.',
    outcome: { status: 'approved', afterDays: 1, device: 'Dell Latitude 3540', act: { until: 'issued', issuedAfterDays: 1 } },
  },
  {
    school: 'valmiera',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Ernests', lastName: 'Krūze', grade: 7, classLetter: 'a', birthday: '07-07' },
    parent: { firstName: 'Sintija', lastName: 'Krūze', birthDate: '1989-11-26' },
    submittedDaysAgo: 60,
    outcome: {
      status: 'approved',
      afterDays: 2,
      device: 'Acer Chromebook 314',
      act: { until: 'cancelled', cancelledAfterDays: 3, reason: 'Vecāki atteicās no datora, jo ģimene iegādājās savu.' },
    },
  },
  {
    school: 'valmiera',
    subtype: 'chromebook',
    user: { kind: 'learner', firstName: 'Anna', lastName: 'Pētersone', grade: 8, classLetter: 'c', birthday: '09-13' },
    parent: { firstName: 'Ivars', lastName: 'Pētersons', birthDate: '1975-03-03' },
    submittedDaysAgo: 75,
    outcome: { status: 'approved', afterDays: 3, device: 'Acer Chromebook 314', act: { until: 'issued', issuedAfterDays: 2 } },
  },
];
