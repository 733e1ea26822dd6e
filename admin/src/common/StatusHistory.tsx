import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useCodeList } from '../codeLists/useCodeList';
import type { StatusChange } from '../types';
import { formatDateTime } from './dates';

interface StatusHistoryProps {
  /** Code list of the statuses, such as resource_status. */
  list: string;
  /** Show who made each change. Resource history records the user, but application history does not. */
  showUser?: boolean;
}

/** Lists the record's status changes, newest first, from its `history` field. */
export const StatusHistory = ({ list, showUser = false }: StatusHistoryProps) => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: number; history?: StatusChange[] }>();
  const { labelOf } = useCodeList(list);
  const history = record?.history ?? [];
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid="status-history">
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('rumis.history.title')}
      </Typography>
      {history.length === 0 ? (
        <Typography variant="body2">{translate('rumis.history.empty')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('rumis.history.changed_at')}</TableCell>
              <TableCell>{translate('rumis.history.from_status')}</TableCell>
              <TableCell>{translate('rumis.history.to_status')}</TableCell>
              <TableCell>{translate('rumis.history.reason')}</TableCell>
              {showUser && <TableCell>{translate('rumis.history.user')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {history.map((change, index) => (
              <TableRow key={index}>
                <TableCell>{formatDateTime(change.changedAt)}</TableCell>
                <TableCell>{change.fromStatus ? labelOf(change.fromStatus) : '—'}</TableCell>
                <TableCell>{labelOf(change.toStatus)}</TableCell>
                <TableCell>{change.reason ?? ''}</TableCell>
                {showUser && <TableCell>{[change.firstName, change.lastName].filter(Boolean).join(' ')}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
