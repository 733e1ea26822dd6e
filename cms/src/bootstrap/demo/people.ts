import { generatePersonalCode, type Role } from '@rumis/access';
import { newRowColumns } from '../../lib/db';
import { defaultReturnDeadline } from '../../domain/eligibility';
import { rolesProblem } from '../../domain/profile-rules';
import { dateOf, daysAgo, type DemoActor, type DemoContext, type SchoolKey } from './context';
import { DEMO_PERSONS, type DemoPersonDefinition } from './person-definitions';
import { SCHOOLS_ACTIVATED_DAYS_AGO, type DemoSchools } from './schools';

/** Usernames of the demo users. If any of them exists, the demo data set is already seeded. */
export const DEMO_USERNAMES: readonly string[] = DEMO_PERSONS.map((person) => person.username);

interface SeededProfile {
  school: SchoolKey | null;
  roles: readonly Role[];
  actor: DemoActor;
}

/** The demo profiles once stored, to record demo changes as the staff who would make them. */
export class DemoStaff {
  constructor(private readonly profiles: readonly SeededProfile[]) {}

  /** Returns the user and profile of the first demo profile at the school that has the role. */
  actorAt(school: SchoolKey, role: Role): DemoActor {
    const profile = this.profiles.find((candidate) => candidate.school === school && candidate.roles.includes(role));
    if (!profile) {
      throw new Error(`Demo data: no demo profile at school "${school}" has the role "${role}". Add one to DEMO_PERSONS.`);
    }
    return profile.actor;
  }
}

function personalCodeOf(person: DemoPersonDefinition, index: number): string {
  // User personal codes are unique. No demo person is born in 1985, the year for which the
  // integration tests generate staff codes, so a test user never clashes with a demo user.
  return generatePersonalCode(new Date(`${person.birthDate}T00:00:00Z`), 300 + index * 7);
}

/** Creates the demo users, who log in through latvija.lv, and their profiles. */
export async function createDemoPeople(context: DemoContext, schools: DemoSchools): Promise<DemoStaff> {
  const { trx } = context;
  const supervisors = new Map<string, number>((await trx('supervisors').select('id', 'code')).map((row) => [row.code, row.id]));
  const grantedAt = daysAgo(context, SCHOOLS_ACTIVATED_DAYS_AGO, 11);
  const schoolYearEnd = defaultReturnDeadline(dateOf(context.now));
  const seeded: SeededProfile[] = [];

  for (const [index, person] of DEMO_PERSONS.entries()) {
    const [user] = await trx('up_users')
      .insert({
        ...newRowColumns(grantedAt),
        username: person.username,
        // As for users the administration services create, the contact e-mail is on the profile.
        email: `${person.username}@users.rumis.invalid`,
        provider: 'latvija.lv',
        confirmed: true,
        blocked: false,
        personal_code: personalCodeOf(person, index),
        first_name: person.firstName,
        last_name: person.lastName,
      })
      .returning(['id']);

    for (const profile of person.profiles) {
      // A profile has either the administrator role alone or daily roles, never both.
      const problem = rolesProblem(profile.roles);
      if (problem) {
        throw new Error(`Demo data: the roles of a profile of ${person.username} are invalid (${problem}). Fix them in DEMO_PERSONS.`);
      }
      const supervisorId = profile.supervisor ? supervisors.get(profile.supervisor) : undefined;
      if (profile.level === 'municipality' && !supervisorId) {
        throw new Error(`Demo data: supervisor "${profile.supervisor}" of ${person.username} was not found.`);
      }
      const school = profile.school ? schools[profile.school] : null;
      const [row] = await trx('profiles')
        .insert({
          ...newRowColumns(grantedAt),
          user_id: user.id,
          level: profile.level,
          supervisor_id: supervisorId ?? null,
          institution_id: school?.id ?? null,
          roles: JSON.stringify(profile.roles),
          valid_until: profile.endsWithSchoolYear ? schoolYearEnd : null,
          email: person.email,
          phone: person.phone,
          job_title: profile.jobTitle,
          basis_document_number: profile.basisDocument,
          basis_document_date: dateOf(grantedAt),
          blocked: false,
        })
        .returning(['id']);
      seeded.push({ school: profile.school ?? null, roles: profile.roles, actor: { userId: user.id, profileId: row.id } });
    }
  }
  return new DemoStaff(seeded);
}
