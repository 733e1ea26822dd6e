import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import { useCodeList } from '../codeLists/useCodeList';
import { useLoaded } from '../common/useLoaded';
import type { InstitutionRecord } from '../types';
import { ContactsDialog } from './ContactsDialog';

const Contacts = ({ record }: { record: InstitutionRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const roles = useCodeList('contact_role');
  const { canAccess } = useCanAccess({ resource: 'institutions', action: 'edit', record });
  const [editing, setEditing] = useState(false);
  const contacts = useLoaded(() => dataProvider.getInstitutionContacts(record.id), `contacts-${record.id}`);
  const list = contacts.data?.contacts ?? [];
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid="institution-contacts">
      <Stack direction="row" alignItems="center" spacing={2}>
        <Typography variant="h6" component="h2">
          {translate('resources.institutions.sections.contacts')}
        </Typography>
        {canAccess && (
          <Button label="resources.institutions.actions.edit_contacts" onClick={() => setEditing(true)} disabled={!contacts.data}>
            <EditIcon />
          </Button>
        )}
      </Stack>
      {contacts.error && <Alert severity="error">{contacts.error.message}</Alert>}
      {contacts.data && list.length === 0 && <Typography variant="body2">{translate('resources.institutions.contacts.empty')}</Typography>}
      {list.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.institutions.contacts.role')}</TableCell>
              <TableCell>{translate('resources.institutions.contacts.name')}</TableCell>
              <TableCell>{translate('resources.institutions.fields.email')}</TableCell>
              <TableCell>{translate('resources.institutions.fields.phone')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.map((contact, index) => (
              <TableRow key={index}>
                <TableCell>{roles.labelOf(contact.role)}</TableCell>
                <TableCell>{`${contact.firstName} ${contact.lastName}`}</TableCell>
                <TableCell>{contact.email ?? '—'}</TableCell>
                <TableCell>{contact.phone ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && contacts.data && (
        <ContactsDialog institutionId={record.id} contacts={list} onClose={() => setEditing(false)} onSaved={contacts.reload} />
      )}
    </Box>
  );
};

/** Lists the institution's contact persons, which handover acts print, with an editor for administrators. */
export const ContactsSection = () => {
  const record = useRecordContext<InstitutionRecord>();
  return record ? <Contacts record={record} /> : null;
};
