import { useEffect, useState, type ChangeEvent } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import FileOpenIcon from '@mui/icons-material/FileOpen';
import UploadIcon from '@mui/icons-material/Upload';
import { Alert, Autocomplete, Box, Card, CardContent, LinearProgress, Button as MuiButton, Stack, TextField, Typography } from '@mui/material';
import { AccessDenied, Button, Link, Title, useCanAccess, useCreatePath, useGetList, useNotify, useTranslate } from 'react-admin';
import { downloadFile } from '../api/download';
import { PANEL_API, errorCodeOf, isApiErrorBody } from '../api/http';
import { uploadForm } from '../api/upload';
import { useSession } from '../auth/useSession';
import type { InstitutionRecord } from '../types';
import { ImportErrors, type ImportProblem } from './ImportErrors';

/** Largest file the server accepts (MAX_IMPORT_BYTES of the import service), checked here before uploading. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Institutions offered at a time; typing narrows them on the server by name, registration number or town. */
const INSTITUTIONS_PAGE = { page: 1, perPage: 25 };
/** Pause after the last key press before the search goes to the server, in milliseconds. */
const SEARCH_DELAY_MS = 300;
const ACCEPTED_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Outcome =
  | { kind: 'imported'; created: number; numbers: [string, string] }
  | { kind: 'rejected'; message: string; problems: ImportProblem[]; total: number }
  | { kind: 'failed'; message: string };

/** Reads the problem list of a 422 IMPORT_INVALID response. */
function rejectedOutcome(error: unknown, message: string): Outcome {
  const body = (error as { body?: unknown }).body;
  const details = isApiErrorBody(body) ? (body.error.details as { errors?: ImportProblem[]; errorCount?: number } | undefined) : undefined;
  const problems = details?.errors ?? [];
  return { kind: 'rejected', message, problems, total: details?.errorCount ?? problems.length };
}

/** Chooses the institution to import into; only supervisor and state profiles have to. */
const InstitutionChoice = ({ value, onChange }: { value: InstitutionRecord | null; onChange: (value: InstitutionRecord | null) => void }) => {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(input.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  // While the field shows the chosen institution's name, the list is not narrowed to it.
  const searching = query !== '' && query !== value?.name;
  const { data = [], isFetching } = useGetList<InstitutionRecord>(
    'institutions',
    { filter: searching ? { q: query } : {}, pagination: INSTITUTIONS_PAGE, sort: { field: 'name', order: 'ASC' } },
    { placeholderData: (previous) => previous },
  );
  const options = value && !data.some((option) => option.id === value.id) ? [value, ...data] : data;
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_event, chosen) => onChange(chosen)}
      onInputChange={(_event, text) => setInput(text)}
      filterOptions={(all) => all}
      loading={isFetching}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      sx={{ maxWidth: 480 }}
      renderInput={(params) => (
        <TextField {...params} label={translate('resources.resources.fields.institutionId')} helperText={translate('resources.resources.import.institution_help')} />
      )}
    />
  );
};

/**
 * Imports resources from a CSV or XLSX file made from the template. The upload shows its
 * progress. The server checks every row first and either stores all rows or none. It returns
 * the created number range, or every rejected cell by row and column.
 */
export const ImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const createPath = useCreatePath();
  const { activeProfile } = useSession();
  const { canAccess, isPending } = useCanAccess({ resource: 'resources', action: 'import' });
  const choosesInstitution = activeProfile !== undefined && activeProfile.level !== 'institution';
  const [institution, setInstitution] = useState<InstitutionRecord | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const downloadTemplate = (format: 'xlsx' | 'csv') => {
    downloadFile(`${PANEL_API}/resources/import-template?format=${format}`, `resursu-importa-veidne.${format}`).catch((error: unknown) =>
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
    );
  };

  const handleFile = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setOutcome(null);
    setProgress(null);
  };

  const handleUpload = async () => {
    if (!file) {
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: 'failed', message: translate('resources.resources.import.too_large', { size: MAX_IMPORT_BYTES / 1024 / 1024 }) });
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    const query = choosesInstitution && institution ? `?institutionId=${institution.id}` : '';
    setOutcome(null);
    setProgress(0);
    try {
      const result = await uploadForm<{ created: number; numbers: [string, string] }>(`${PANEL_API}/resources/import${query}`, form, setProgress);
      setOutcome({ kind: 'imported', created: result.created, numbers: result.numbers });
    } catch (error) {
      const message = error instanceof Error ? error.message : translate('ra.notification.http_error');
      setOutcome(errorCodeOf(error) === 'IMPORT_INVALID' ? rejectedOutcome(error, message) : { kind: 'failed', message });
    } finally {
      setProgress(null);
    }
  };

  if (isPending) {
    return null;
  }
  if (!canAccess) {
    return <AccessDenied />;
  }
  const uploading = progress !== null;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.resources.import.title" />
      <CardContent>
        <Stack spacing={3}>
          <Box component="section">
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('resources.resources.import.template_title')}
            </Typography>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('resources.resources.import.template_help')}
            </Typography>
            <Button label="resources.resources.import.template_xlsx" onClick={() => downloadTemplate('xlsx')}>
              <DownloadIcon />
            </Button>
            <Button label="resources.resources.import.template_csv" onClick={() => downloadTemplate('csv')}>
              <DownloadIcon />
            </Button>
          </Box>
          <Stack component="section" spacing={2}>
            <Typography variant="h6" component="h2">
              {translate('resources.resources.import.file_title')}
            </Typography>
            {choosesInstitution && <InstitutionChoice value={institution} onChange={setInstitution} />}
            <Stack direction="row" spacing={2} alignItems="center">
              <MuiButton component="label" variant="outlined" startIcon={<FileOpenIcon />} disabled={uploading}>
                {translate('resources.resources.import.choose_file')}
                <input hidden type="file" accept={ACCEPTED_FILES} onChange={handleFile} data-testid="import-file" />
              </MuiButton>
              <Typography variant="body2" data-testid="import-file-name">
                {file ? file.name : translate('resources.resources.import.no_file')}
              </Typography>
            </Stack>
            <Box>
              <Button
                label="resources.resources.import.upload"
                variant="contained"
                onClick={handleUpload}
                disabled={!file || uploading || (choosesInstitution && !institution)}
              >
                <UploadIcon />
              </Button>
            </Box>
            {uploading && (
              <Box data-testid="import-progress">
                <LinearProgress variant="determinate" value={Math.round(progress * 100)} />
                <Typography variant="caption">{translate('resources.resources.import.progress', { percent: Math.round(progress * 100) })}</Typography>
              </Box>
            )}
          </Stack>
          {outcome?.kind === 'imported' && (
            <Alert severity="success" data-testid="import-result">
              {translate('resources.resources.import.done', { smart_count: outcome.created, first: outcome.numbers[0], last: outcome.numbers[1] })}{' '}
              <Link to={createPath({ resource: 'resources', type: 'list' })}>{translate('resources.resources.copy.open_list')}</Link>
            </Alert>
          )}
          {outcome?.kind === 'rejected' && (
            <Box>
              <Alert severity="error" data-testid="import-rejected">
                {outcome.message}
              </Alert>
              <ImportErrors problems={outcome.problems} total={outcome.total} />
            </Box>
          )}
          {outcome?.kind === 'failed' && (
            <Alert severity="error" data-testid="import-failed">
              {outcome.message}
            </Alert>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
