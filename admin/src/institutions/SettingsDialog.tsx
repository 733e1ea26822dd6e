import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { BooleanInput, SelectInput, required, useDataProvider, useTranslate } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import type { SettingsInput } from '../api/institutionActions';
import { useCodeList } from '../codeLists/useCodeList';
import { useLocalizedLabel } from '../codeLists/useLocalizedLabel';
import { ActionDialog, type FormValues } from '../common/ActionDialog';
import type { CanApply, InstitutionSettings } from '../types';

/** Hides a switch's label on screen but keeps it for screen readers, because the row already names the subtype. */
const VISUALLY_HIDDEN_LABEL = {
  '& .MuiFormControlLabel-label': { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
};

function toSettingsInput(values: FormValues, settings: InstitutionSettings): SettingsInput {
  const rows = Array.isArray(values.subtypes) ? (values.subtypes as Array<{ open?: boolean; canApply?: CanApply }>) : [];
  return {
    acceptsApplications: values.acceptsApplications === true,
    subtypes: settings.subtypes.map((subtype, index) => ({
      subtypeId: subtype.subtypeId,
      open: rows[index]?.open === true,
      canApply: rows[index]?.canApply ?? subtype.canApply,
    })),
  };
}

interface SettingsDialogProps {
  settings: InstitutionSettings;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Edits the application settings. The server rejects accepting applications while no subtype is
 * open (NO_OPEN_SUBTYPE), because parents would reach an empty resource list. The dialog then
 * stays open with the server's message.
 */
export const SettingsDialog = ({ settings, onClose, onSaved }: SettingsDialogProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const canApply = useCodeList('can_apply');
  const localized = useLocalizedLabel();
  const defaultValues = {
    acceptsApplications: settings.acceptsApplications,
    subtypes: settings.subtypes.map((subtype) => ({ open: subtype.open, canApply: subtype.canApply })),
  };
  return (
    <ActionDialog
      open
      maxWidth="md"
      onClose={onClose}
      title="resources.institutions.settings.title"
      submitLabel="ra.action.save"
      successMessage="resources.institutions.settings.done"
      defaultValues={defaultValues}
      onSubmit={(values) => dataProvider.saveInstitutionSettings(settings.id, toSettingsInput(values, settings))}
      onSuccess={onSaved}
    >
      <BooleanInput source="acceptsApplications" label="resources.institutions.settings.accepts_applications" />
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.institutions.settings.subtype')}</TableCell>
            <TableCell>{translate('resources.institutions.settings.open')}</TableCell>
            <TableCell>{translate('resources.institutions.settings.can_apply')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {settings.subtypes.map((subtype, index) => {
            const label = localized(subtype);
            return (
              <TableRow key={subtype.subtypeId} data-testid={`subtype-setting-${subtype.code}`}>
                <TableCell>{label}</TableCell>
                <TableCell>
                  <BooleanInput
                    source={`subtypes.${index}.open`}
                    label={translate('resources.institutions.settings.open_subtype', { name: label })}
                    helperText={false}
                    sx={VISUALLY_HIDDEN_LABEL}
                  />
                </TableCell>
                <TableCell>
                  <SelectInput
                    source={`subtypes.${index}.canApply`}
                    label="resources.institutions.settings.can_apply"
                    choices={canApply.choices}
                    validate={required()}
                    helperText={false}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ActionDialog>
  );
};
