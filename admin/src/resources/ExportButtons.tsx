import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useCanAccess, useListContext, useNotify } from 'react-admin';
import { downloadFile } from '../api/download';
import { PANEL_API } from '../api/http';

type ExportFormat = 'csv' | 'xlsx';

/**
 * Downloads the resource list as CSV or XLSX with the list's current filters and sort order. The
 * server exports every matching row, not only the page on screen, with Latvian headers.
 */
export const ExportButtons = () => {
  const { filterValues, sort, total } = useListContext();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'resources', action: 'export' });
  const [busy, setBusy] = useState(false);
  if (!canAccess) {
    return null;
  }

  const handleExport = async (format: ExportFormat) => {
    const query = new URLSearchParams({
      format,
      filter: JSON.stringify(filterValues ?? {}),
      sort: JSON.stringify([sort.field, sort.order]),
    });
    setBusy(true);
    try {
      await downloadFile(`${PANEL_API}/resources/export?${query}`, `resursi.${format}`);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          label={`resources.resources.actions.export_${format}`}
          onClick={() => handleExport(format)}
          disabled={busy || total === 0}
        >
          <DownloadIcon />
        </Button>
      ))}
    </>
  );
};
