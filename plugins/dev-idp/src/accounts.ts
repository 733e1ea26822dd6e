import crypto from 'node:crypto';

/** A person the stand-in can log in as. */
export interface DevPerson {
  personalCode: string;
  firstName: string;
  lastName: string;
}

/** A logged-in person; a typed personal code has no name. */
export type AccountPerson = Pick<DevPerson, 'personalCode'> & Partial<Pick<DevPerson, 'firstName' | 'lastName'>>;

/**
 * Pseudonymous identifiers for persons. The login page identifies each listed person by a
 * person key and the ID token names the person by its subject (`sub`). Both are HMACs of the
 * personal code under a key generated at start, so neither reveals the code and neither is valid
 * after a restart.
 */
export class AccountDirectory {
  private readonly secret = crypto.randomBytes(32);
  private readonly accounts = new Map<string, AccountPerson>();

  personKeyOf(personalCode: string): string {
    return this.digest(`person-key:${personalCode}`);
  }

  /** Stores the person for the token requests that follow and returns their subject. */
  remember(person: AccountPerson): string {
    const subject = this.digest(`subject:${person.personalCode}`);
    this.accounts.set(subject, person);
    return subject;
  }

  find(subject: string): AccountPerson | undefined {
    return this.accounts.get(subject);
  }

  private digest(value: string): string {
    return crypto.createHmac('sha256', this.secret).update(value).digest('base64url');
  }
}
