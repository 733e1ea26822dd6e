import type { Identifier } from 'react-admin';
import type { CanApply, InstitutionContact, InstitutionSettings } from '../types';
import { getJson, PANEL_API, postJson, putJson } from './http';

export interface SettingsInput {
  acceptsApplications: boolean;
  subtypes: Array<{ subtypeId: number; open: boolean; canApply: CanApply }>;
}

export interface ActivationInput {
  director: { personalCode: string; firstName: string; lastName: string; email: string | null };
  /** Whether to turn applications on at once. The server rejects this while no subtype is open. */
  acceptApplications: boolean;
}

export interface ActivationResult {
  id: number;
  directorUserId: number;
  profileId: number;
  /** True only when emailStatus is `sent`. */
  emailSent: boolean;
  /** `no_address` when neither the director nor the institution has an e-mail address, `failed` when sending failed. */
  emailStatus: 'sent' | 'failed' | 'no_address';
  /** Recipient of the e-mail: the director's address from the dialog, or else the institution's. Null when neither exists. */
  emailRecipient: 'director' | 'institution' | null;
}

/** Administration of one institution: contact persons, application settings, activation. */
export interface InstitutionActions {
  getInstitutionContacts(id: Identifier): Promise<{ id: number; contacts: InstitutionContact[] }>;
  replaceInstitutionContacts(id: Identifier, contacts: InstitutionContact[]): Promise<{ id: number; contacts: InstitutionContact[] }>;
  getInstitutionSettings(id: Identifier): Promise<InstitutionSettings>;
  saveInstitutionSettings(id: Identifier, input: SettingsInput): Promise<InstitutionSettings>;
  activateInstitution(id: Identifier, input: ActivationInput): Promise<ActivationResult>;
  deactivateInstitution(id: Identifier): Promise<{ id: number; status: string }>;
}

const INSTITUTIONS = `${PANEL_API}/institutions`;

export const institutionActions: InstitutionActions = {
  getInstitutionContacts: (id) => getJson(`${INSTITUTIONS}/${id}/contacts`),
  replaceInstitutionContacts: (id, contacts) => putJson(`${INSTITUTIONS}/${id}/contacts`, { contacts }),
  getInstitutionSettings: (id) => getJson(`${INSTITUTIONS}/${id}/settings`),
  saveInstitutionSettings: (id, input) => putJson(`${INSTITUTIONS}/${id}/settings`, input),
  activateInstitution: (id, input) => postJson(`${INSTITUTIONS}/${id}/activate`, input),
  deactivateInstitution: (id) => postJson(`${INSTITUTIONS}/${id}/deactivate`, {}),
};
