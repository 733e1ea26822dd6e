import { useState } from 'react';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { BooleanInput, Button, TextInput, email, required, useDataProvider, useRecordContext } from 'react-admin';
import { normalizePersonalCode } from '@rumis/access';
import type { RumisDataProvider } from '../api/dataProvider';
import type { ActivationInput, ActivationResult } from '../api/institutionActions';
import { ActionDialog, type FormValues } from '../common/ActionDialog';
import { validatePersonalCode } from '../common/validatePersonalCode';
import type { InstitutionRecord } from '../types';
import { useActivationAllowed } from './useActivationAllowed';

function toActivationInput(values: FormValues): ActivationInput {
  const director = (values.director ?? {}) as Record<string, unknown>;
  const directorEmail = typeof director.email === 'string' ? director.email.trim() : '';
  return {
    director: {
      personalCode: normalizePersonalCode(String(director.personalCode ?? '')),
      firstName: String(director.firstName ?? '').trim(),
      lastName: String(director.lastName ?? '').trim(),
      email: directorEmail === '' ? null : directorEmail,
    },
    acceptApplications: values.acceptApplications === true,
  };
}

/** Returns the translation key of the notice after activation, which names who the e-mail went to. */
function activationMessage(result: ActivationResult): string {
  if (result.emailStatus === 'no_address' || result.emailRecipient === null) {
    return 'resources.institutions.activate.done_without_email';
  }
  const outcome = result.emailStatus === 'sent' ? 'done' : 'failed';
  return `resources.institutions.activate.${outcome}_${result.emailRecipient}`;
}

/**
 * Activates a school that is not active: its director gets the institution administrator profile,
 * and an e-mail that the school can start goes to the director's address or else the school's. Turning applications on at once needs an
 * open subtype, and the server rejects it otherwise (NO_OPEN_SUBTYPE).
 */
export const ActivateButton = () => {
  const record = useRecordContext<InstitutionRecord>();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const allowed = useActivationAllowed('activate');
  const [open, setOpen] = useState(false);
  if (!allowed || !record || record.status === 'active') {
    return null;
  }
  return (
    <>
      <Button label="resources.institutions.actions.activate" onClick={() => setOpen(true)} variant="contained">
        <PlayCircleIcon />
      </Button>
      {open && (
        <ActionDialog<ActivationResult>
          open
          onClose={() => setOpen(false)}
          title="resources.institutions.activate.title"
          submitLabel="resources.institutions.actions.activate"
          successMessage={activationMessage}
          defaultValues={{ acceptApplications: false }}
          onSubmit={(values) => dataProvider.activateInstitution(record.id, toActivationInput(values))}
        >
          <TextInput
            source="director.personalCode"
            label="resources.institutions.activate.personal_code"
            validate={[required(), validatePersonalCode]}
            fullWidth
          />
          <TextInput source="director.firstName" label="resources.institutions.activate.first_name" validate={required()} fullWidth />
          <TextInput source="director.lastName" label="resources.institutions.activate.last_name" validate={required()} fullWidth />
          <TextInput
            source="director.email"
            label="resources.institutions.activate.email"
            type="email"
            validate={email()}
            helperText="resources.institutions.activate.email_help"
            fullWidth
          />
          <BooleanInput source="acceptApplications" label="resources.institutions.activate.accept_applications" />
        </ActionDialog>
      )}
    </>
  );
};
