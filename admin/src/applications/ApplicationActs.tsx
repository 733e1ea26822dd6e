import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useCodeList } from '../codeLists/useCodeList';
import { formatDate } from '../common/dates';
import type { ApplicationRecord } from '../types';

/** Lists the handover acts created for the application, newest first, with links where the profile may open them. */
export const ApplicationActs = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const record = useRecordContext<ApplicationRecord>();
  const { labelOf } = useCodeList('handover_status');
  const { canAccess } = useCanAccess({ resource: 'handover-acts', action: 'show' });
  const acts = record?.acts ?? [];
  if (acts.length === 0) {
    return null;
  }
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid="application-acts">
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resources.applications.sections.acts')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.handover-acts.fields.number')}</TableCell>
            <TableCell>{translate('resources.handover-acts.fields.status')}</TableCell>
            <TableCell>{translate('resources.handover-acts.fields.returnDeadline')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {acts.map((act) => (
            <TableRow key={act.id}>
              <TableCell>
                {canAccess ? (
                  <Link to={createPath({ resource: 'handover-acts', id: act.id, type: 'show' })}>{act.number}</Link>
                ) : (
                  act.number
                )}
              </TableCell>
              <TableCell>{labelOf(act.status)}</TableCell>
              <TableCell>{formatDate(act.returnDeadline)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
