import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import { useCodeList } from '../codeLists/useCodeList';
import { useLocalizedLabel } from '../codeLists/useLocalizedLabel';
import { useLoaded } from '../common/useLoaded';
import type { InstitutionRecord } from '../types';
import { SettingsDialog } from './SettingsDialog';

const Settings = ({ record }: { record: InstitutionRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const canApply = useCodeList('can_apply');
  const localized = useLocalizedLabel();
  const { canAccess } = useCanAccess({ resource: 'institutions', action: 'edit', record });
  const [editing, setEditing] = useState(false);
  // Activation and deactivation change the record's status and acceptsApplications, so the key
  // includes them and the settings load again after either.
  const settings = useLoaded(
    () => dataProvider.getInstitutionSettings(record.id),
    `settings-${record.id}-${record.status}-${record.acceptsApplications}`,
  );
  const yesNo = (value: boolean) => translate(value ? 'ra.boolean.true' : 'ra.boolean.false');

  return (
    <Box component="section" sx={{ mb: 3 }} data-testid="institution-settings">
      <Stack direction="row" alignItems="center" spacing={2}>
        <Typography variant="h6" component="h2">
          {translate('resources.institutions.sections.settings')}
        </Typography>
        {canAccess && (
          <Button label="resources.institutions.actions.edit_settings" onClick={() => setEditing(true)} disabled={!settings.data}>
            <EditIcon />
          </Button>
        )}
      </Stack>
      {settings.error && <Alert severity="error">{settings.error.message}</Alert>}
      {settings.data && (
        <>
          <Typography variant="body2" sx={{ my: 1 }}>
            {translate('resources.institutions.settings.accepts_applications')}: <strong>{yesNo(settings.data.acceptsApplications)}</strong>
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.institutions.settings.subtype')}</TableCell>
                <TableCell>{translate('resources.institutions.settings.open')}</TableCell>
                <TableCell>{translate('resources.institutions.settings.can_apply')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {settings.data.subtypes.map((subtype) => (
                <TableRow key={subtype.subtypeId}>
                  <TableCell>{localized(subtype)}</TableCell>
                  <TableCell>{yesNo(subtype.open)}</TableCell>
                  <TableCell>{canApply.labelOf(subtype.canApply)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {editing && settings.data && (
        <SettingsDialog settings={settings.data} onClose={() => setEditing(false)} onSaved={settings.reload} />
      )}
    </Box>
  );
};

/**
 * Shows whether the institution accepts applications and, per resource subtype, whether it is
 * open and who can apply, with an editor for administrators.
 */
export const SettingsSection = () => {
  const record = useRecordContext<InstitutionRecord>();
  return record ? <Settings record={record} /> : null;
};
