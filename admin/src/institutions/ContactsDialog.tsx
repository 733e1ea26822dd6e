import { ArrayInput, SelectInput, SimpleFormIterator, TextInput, email, required, useDataProvider } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import { useCodeList } from '../codeLists/useCodeList';
import { ActionDialog, type FormValues } from '../common/ActionDialog';
import { CONTACT_ROLES, type InstitutionContact } from '../types';

const textOrNull = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function toContacts(values: FormValues): InstitutionContact[] {
  const rows = Array.isArray(values.contacts) ? (values.contacts as Array<Record<string, unknown>>) : [];
  return rows.map((row) => ({
    role: row.role as InstitutionContact['role'],
    firstName: String(row.firstName ?? '').trim(),
    lastName: String(row.lastName ?? '').trim(),
    email: textOrNull(row.email),
    phone: textOrNull(row.phone),
  }));
}

interface ContactsDialogProps {
  institutionId: number;
  contacts: InstitutionContact[];
  onClose: () => void;
  onSaved: () => void;
}

/** Edits the whole list of contact persons at once; the server replaces the list in one transaction. */
export const ContactsDialog = ({ institutionId, contacts, onClose, onSaved }: ContactsDialogProps) => {
  const dataProvider = useDataProvider<RumisDataProvider>();
  const roles = useCodeList('contact_role', CONTACT_ROLES);
  return (
    <ActionDialog
      open
      maxWidth="lg"
      onClose={onClose}
      title="resources.institutions.contacts.title"
      submitLabel="ra.action.save"
      successMessage="resources.institutions.contacts.done"
      defaultValues={{ contacts: contacts.map((contact) => ({ ...contact, email: contact.email ?? '', phone: contact.phone ?? '' })) }}
      onSubmit={(values) => dataProvider.replaceInstitutionContacts(institutionId, toContacts(values))}
      onSuccess={onSaved}
    >
      <ArrayInput source="contacts" label="resources.institutions.sections.contacts">
        <SimpleFormIterator inline disableReordering>
          <SelectInput source="role" label="resources.institutions.contacts.role" choices={roles.choices} validate={required()} />
          <TextInput source="firstName" label="resources.institutions.contacts.first_name" validate={required()} />
          <TextInput source="lastName" label="resources.institutions.contacts.last_name" validate={required()} />
          <TextInput source="email" label="resources.institutions.fields.email" type="email" validate={email()} />
          <TextInput source="phone" label="resources.institutions.fields.phone" />
        </SimpleFormIterator>
      </ArrayInput>
    </ActionDialog>
  );
};
