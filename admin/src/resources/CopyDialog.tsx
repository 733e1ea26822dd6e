import { useState, type ClipboardEvent } from 'react';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Button, Link, useCreatePath, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import { errorFieldOf } from '../api/http';
import type { ResourceRecord } from '../types';
import {
  MAX_COPIES,
  applyPaste,
  cellKey,
  cellKeyOfServerField,
  findRowProblems,
  isMultiCellPaste,
  parsePastedCells,
  resizeRows,
  type CopyField,
  type CopyRow,
} from './copyRows';

const DEFAULT_COPIES = 5;
const FIELDS: readonly CopyField[] = ['serialNumber', 'inventoryNumber'];

interface CopyDialogProps {
  resource: ResourceRecord;
  onClose: () => void;
}

/**
 * Creates copies of a resource that differ only in serial and inventory numbers. Pasting a
 * column copied from a spreadsheet into a cell fills the rows from there down, and two
 * tab-separated columns pasted into the serial number column fill both numbers. A number the
 * server rejects is shown on its own row.
 */
export const CopyDialog = ({ resource, onClose }: CopyDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<RumisDataProvider>();
  // Rows beyond `count` keep their values, so shortening the table by mistake loses nothing.
  const [rows, setRows] = useState<CopyRow[]>(() => resizeRows([], DEFAULT_COPIES));
  const [count, setCount] = useState(DEFAULT_COPIES);
  const [countText, setCountText] = useState(String(DEFAULT_COPIES));
  const visibleRows = rows.slice(0, count);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [created, setCreated] = useState<Array<{ id: number; number: string }> | null>(null);

  const changeCell = (index: number, field: CopyField, value: string) => {
    setRows((current) => current.map((row, rowIndex) => (rowIndex === index ? { ...row, [field]: value } : row)));
    setProblems((current) => {
      const next = new Map(current);
      next.delete(cellKey(index, field));
      return next;
    });
  };

  const handlePaste = (index: number, field: CopyField) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isMultiCellPaste(text)) {
      return;
    }
    event.preventDefault();
    const cells = parsePastedCells(text);
    const filled = Math.min(MAX_COPIES, Math.max(count, index + cells.length));
    setRows((current) => applyPaste(current, index, field, cells));
    setCount(filled);
    setCountText(String(filled));
    setProblems(new Map());
  };

  const changeCount = (text: string) => {
    setCountText(text);
    const requested = Number(text);
    if (Number.isInteger(requested) && requested >= 1 && requested <= MAX_COPIES) {
      setCount(requested);
      setRows((current) => resizeRows(current, Math.max(current.length, requested)));
      setProblems(new Map());
    }
  };

  const handleSubmit = async () => {
    const found = findRowProblems(visibleRows);
    setProblems(found);
    setFailure(null);
    if (found.size > 0) {
      return;
    }
    setSaving(true);
    try {
      const items = visibleRows.map((row) => ({ serialNumber: row.serialNumber.trim(), inventoryNumber: row.inventoryNumber.trim() }));
      const result = await dataProvider.copyResource(resource.id, items);
      setCreated(result);
      notify('resources.resources.copy.done', { type: 'success', messageArgs: { smart_count: result.length } });
      refresh();
    } catch (error) {
      const message = error instanceof Error ? error.message : translate('ra.notification.http_error');
      const key = cellKeyOfServerField(errorFieldOf(error));
      if (key) {
        setProblems(new Map([[key, message]]));
      } else {
        setFailure(message);
      }
    } finally {
      setSaving(false);
    }
  };

  if (created) {
    return (
      <Dialog open onClose={onClose} fullWidth maxWidth="sm">
        <DialogTitle>{translate('resources.resources.copy.title', { number: resource.number })}</DialogTitle>
        <DialogContent>
          <Alert severity="success" data-testid="copy-result">
            {translate('resources.resources.copy.created', {
              smart_count: created.length,
              first: created[0]?.number,
              last: created[created.length - 1]?.number,
            })}
          </Alert>
          <Typography sx={{ mt: 2 }}>
            <Link to={createPath({ resource: 'resources', type: 'list' })}>{translate('resources.resources.copy.open_list')}</Link>
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={onClose} />
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate('resources.resources.copy.title', { number: resource.number })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('resources.resources.copy.help')}
        </Typography>
        <TextField
          type="number"
          label={translate('resources.resources.copy.count')}
          value={countText}
          onChange={(event) => changeCount(event.target.value)}
          error={String(count) !== countText}
          helperText={translate('resources.resources.copy.count_help', { max: MAX_COPIES })}
          slotProps={{ htmlInput: { min: 1, max: MAX_COPIES } }}
          size="small"
          sx={{ mb: 2 }}
        />
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="copy-error">
            {failure}
          </Alert>
        )}
        <Table size="small" data-testid="copy-rows">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 48 }}>#</TableCell>
              <TableCell sx={{ width: '50%' }}>{translate('resources.resources.fields.serialNumber')}</TableCell>
              <TableCell sx={{ width: '50%' }}>{translate('resources.resources.fields.inventoryNumber')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {visibleRows.map((row, index) => (
              <TableRow key={index}>
                <TableCell>{index + 1}</TableCell>
                {FIELDS.map((field) => {
                  const problem = problems.get(cellKey(index, field));
                  return (
                    <TableCell key={field}>
                      <TextField
                        value={row[field]}
                        onChange={(event) => changeCell(index, field, event.target.value)}
                        onPaste={handlePaste(index, field)}
                        error={problem !== undefined}
                        helperText={problem ? translate(problem, { _: problem }) : undefined}
                        size="small"
                        fullWidth
                        slotProps={{
                          htmlInput: {
                            'aria-label': translate(`resources.resources.copy.cell.${field}`, { row: index + 1 }),
                          },
                        }}
                      />
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button
          label={translate('resources.resources.actions.copy_submit', { smart_count: count })}
          onClick={handleSubmit}
          disabled={saving}
          variant="contained"
        />
      </DialogActions>
    </Dialog>
  );
};
