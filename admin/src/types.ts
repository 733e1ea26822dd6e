/** Record shapes of the panel API (camelCase fields, as the server returns them). */

export interface CodeListEntry {
  id: number;
  list: string;
  code: string;
  labelLv: string;
  labelEn: string;
}

export interface SubtypeParameter {
  key: string;
  required: boolean;
}

export interface ResourceSubtype {
  id: number;
  code: string;
  labelLv: string;
  labelEn: string;
  typeId: number;
  parameters: SubtypeParameter[];
}

export interface SocialStatus {
  id: number;
  code: string;
  labelLv: string;
  labelEn: string;
}

export interface StatusChange {
  fromStatus: string | null;
  toStatus: string;
  changedAt: string;
  reason: string | null;
  firstName?: string | null;
  lastName?: string | null;
}

export interface ResourceRecord {
  id: number;
  number: string;
  institutionId: number;
  institutionName: string;
  typeId: number;
  subtypeId: number;
  manufacturer: string;
  model: string;
  serialNumber: string;
  inventoryNumber: string;
  status: string;
  location: string;
  parameters: Record<string, unknown>;
  history?: StatusChange[];
}

export interface ApplicationAct {
  id: number;
  number: string;
  status: string;
  resourceId: number;
  returnDeadline: string | null;
}

export interface ApplicationRecord {
  id: number;
  number: string;
  institutionId: number;
  subtypeId: number;
  userFirstName: string;
  userLastName: string;
  userKind: 'learner' | 'employee';
  socialSupport: boolean;
  socialStatuses: string[];
  status: string;
  duplicateElsewhere: boolean;
  daysLeft: number | null;
  /** The latest handover act that was not cancelled; `acts` lists every act, cancelled ones included. */
  actId: number | null;
  actNumber: string | null;
  history?: StatusChange[];
  acts?: ApplicationAct[];
}

export interface HandoverActRecord {
  id: number;
  number: string;
  status: string;
  applicationId: number;
  resourceId: number;
  userFirstName: string;
  userLastName: string;
  /** The parent or guardian who applied, who usually receives the device. */
  applicantFirstName: string;
  applicantLastName: string;
  returnDeadline: string | null;
  conditionAtIssue: string | null;
}

/** A person who can log in, as the administration API returns them. */
export interface UserRecord {
  id: number;
  firstName: string;
  lastName: string;
  blocked: boolean;
  /** Returned only by GET /users/:id. */
  personalCode?: string;
  /** The person's profiles that the active administrator manages; returned only by GET /users/:id. */
  profiles?: ProfileRecord[];
}

export interface ProfileRecord {
  id: number;
  userId: number;
  userFirstName: string;
  userLastName: string;
  level: 'state' | 'municipality' | 'institution';
  supervisorId: number | null;
  supervisorName: string | null;
  institutionId: number | null;
  institutionName: string | null;
  roles: string[];
  validUntil: string | null;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  basisDocumentNumber: string | null;
  basisDocumentDate: string | null;
  blocked: boolean;
  /** False when the profile is blocked or its valid-until date has passed. */
  usable: boolean;
}

export interface InstitutionRecord {
  id: number;
  registrationNumber: string;
  name: string;
  address: string | null;
  town: string | null;
  supervisorId: number;
  supervisorName: string;
  email: string | null;
  phone: string | null;
  status: string;
  acceptsApplications: boolean;
}

/** Contact roles of an institution, one of each on the handover act. */
export const CONTACT_ROLES = ['director', 'handover_responsible', 'ict_support', 'data_protection'] as const;

export interface InstitutionContact {
  role: (typeof CONTACT_ROLES)[number];
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

/** Group of people that may apply for a subtype at an institution (code list can_apply). */
export type CanApply = 'learners' | 'employees' | 'all';

export interface SubtypeSetting {
  subtypeId: number;
  code: string;
  labelLv: string;
  labelEn: string;
  open: boolean;
  canApply: CanApply;
}

export interface InstitutionSettings {
  id: number;
  acceptsApplications: boolean;
  status: string;
  subtypes: SubtypeSetting[];
}

export interface ResourceDashboardData {
  byStatus: Array<{ status: string; count: number }>;
  bySubtype: Array<{ subtypeId: number; subtypeLabel: string; count: number }>;
  /** Resources whose status has not been confirmed for `days` days, with the oldest few. */
  stale: { days: number; count: number; sample: Array<{ id: number; number: string; status: string; statusConfirmedAt: string | null }> };
}
