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
  socialStatuses: string[];
  status: string;
  duplicateElsewhere: boolean;
  daysLeft: number | null;
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
  returnDeadline: string | null;
  conditionAtIssue: string | null;
}
