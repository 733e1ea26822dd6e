import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, IconButton, LinearProgress, Stack, Switch, TextField, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import SearchIcon from '@mui/icons-material/Search';
import {
  Button,
  DateInput,
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  SaveButton,
  TextInput,
  required,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { AllocationResult, RumisDataProvider } from '../api/dataProvider';
import { submissionErrorsOf } from '../api/http';
import { useCodeList } from '../codeLists/useCodeList';
import { useSubtypes } from '../codeLists/useSubtypes';
import { useIntlLocale } from '../common/locale';
import { toIsoDate } from '../common/dates';
import { AllocationDone } from './AllocationDone';
import type { ApplicationRecord, ResourceRecord } from '../types';

/** Devices listed per page; the search box and the page buttons reach the rest. */
const PER_PAGE = 20;
/** Pause after the last key press before the search goes to the server, in milliseconds. */
const SEARCH_DELAY_MS = 300;

/**
 * Returns whether the application declares social support the way the server's allocation rules
 * (cms/src/domain/eligibility.ts) require it before a social-support device may be allocated.
 */
function declaresSocialSupport(application: ApplicationRecord): boolean {
  return application.socialSupport === true && (application.socialStatuses?.length ?? 0) > 0;
}

/**
 * Target groups that fit the resource user, as the server's allocation rules have them. A
 * socially less protected learners' device is offered only when the application declares support.
 */
function fittingTargetGroups(application: ApplicationRecord): string[] {
  if (application.userKind === 'employee') {
    return ['employees', 'all'];
  }
  return declaresSocialSupport(application) ? ['learners', 'all', 'socially_disadvantaged_learners'] : ['learners', 'all'];
}

/**
 * Renders a line that states which devices the list contains and why the institution's other
 * devices are missing: the status, usage purpose and target groups the server accepts, and the
 * social-support rule when it hides devices.
 */
const EligibilityHelp = ({ application }: { application: ApplicationRecord }) => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const statuses = useCodeList('resource_status');
  const purposes = useCodeList('usage_purpose');
  const targetGroups = useCodeList('target_group');
  const groups = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
    fittingTargetGroups(application).map((group) => `"${targetGroups.labelOf(group)}"`),
  );
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="allocate-eligibility">
      {translate('resources.applications.allocate.eligibility_help', {
        status: statuses.labelOf('available'),
        purpose: purposes.labelOf('issued_individually'),
        groups,
      })}
      {!declaresSocialSupport(application) && ` ${translate('resources.applications.allocate.social_support_hidden')}`}
    </Typography>
  );
};

interface AllocateValues {
  resourceId?: number | string | null;
}

function isChosen(resourceId: AllocateValues['resourceId']): resourceId is number | string {
  return resourceId !== undefined && resourceId !== null && resourceId !== '';
}

/** Names the chosen device, which stays chosen while the search or the page shows other devices. */
const ChosenResource = ({ labels }: { labels: ReadonlyMap<number, string> }) => {
  const translate = useTranslate();
  return (
    <FormDataConsumer<AllocateValues>>
      {({ formData }) =>
        isChosen(formData.resourceId) ? (
          <Typography variant="body2" sx={{ mb: 2 }} data-testid="allocate-chosen">
            {translate('resources.applications.allocate.chosen', {
              resource: labels.get(Number(formData.resourceId)) ?? String(formData.resourceId),
            })}
          </Typography>
        ) : null
      }
    </FormDataConsumer>
  );
};

/** Enables saving once a device is chosen. */
const AllocateSaveButton = () => (
  <FormDataConsumer<AllocateValues>>
    {({ formData }) => (
      <SaveButton label="resources.applications.actions.allocate" disabled={!isChosen(formData.resourceId)} alwaysEnable={isChosen(formData.resourceId)} />
    )}
  </FormDataConsumer>
);

/** The form starts empty instead of taking values from the application in context. */
const EMPTY_RECORD = {};

/**
 * Lists the institution's resources with status "available for issue", a page at a time with a
 * search over number, serial number, inventory number and model, first only those of the requested
 * subtype. Allocates the chosen one with a return deadline and then shows the new handover act's
 * number and a link to it.
 */
export const AllocateDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const record = useRecordContext<ApplicationRecord>();
  const subtypes = useSubtypes();
  const [result, setResult] = useState<AllocationResult | null>(null);
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [requestedSubtypeOnly, setRequestedSubtypeOnly] = useState(true);
  // Labels of every device listed so far, so that the chosen one can be named on any page.
  const labels = useRef(new Map<number, string>());

  // A changed search starts again at the first page. An unchanged search sets no timer, so the
  // run right after opening cannot undo a page the user has chosen since.
  useEffect(() => {
    const next = search.trim();
    if (next === query) {
      return undefined;
    }
    const timer = setTimeout(() => {
      setQuery(next);
      setPage(1);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, query]);

  const {
    data: resources = [],
    total = 0,
    isPending,
  } = useGetList<ResourceRecord>(
    'resources',
    {
      // Only devices the server would accept: available, for individual issue, for this kind of user,
      // and social-support devices only when the application declares support.
      filter: record
        ? {
            status: 'available',
            institutionId: record.institutionId,
            usagePurpose: 'issued_individually',
            targetGroup: fittingTargetGroups(record),
            ...(declaresSocialSupport(record) ? {} : { socialSupport: false }),
            ...(requestedSubtypeOnly ? { subtypeId: record.subtypeId } : {}),
            ...(query ? { q: query } : {}),
          }
        : {},
      pagination: { page, perPage: PER_PAGE },
      sort: { field: 'number', order: 'ASC' },
    },
    // Each page loads afresh, so the list, the range and the page buttons always describe one page.
    { enabled: record !== undefined },
  );
  if (!record) {
    return null;
  }

  const choices = resources.map((resource) => ({
    id: resource.id,
    name: `${resource.number} · ${subtypes.labelOf(resource.subtypeId)} · ${resource.manufacturer} ${resource.model} · ${resource.serialNumber}`,
  }));
  for (const choice of choices) {
    labels.current.set(choice.id, choice.name);
  }
  const firstShown = total === 0 ? 0 : (page - 1) * PER_PAGE + 1;
  const lastShown = Math.min(page * PER_PAGE, total);
  const filtered = query !== '' || requestedSubtypeOnly;

  const handleSubmit = async (values: Record<string, unknown>) => {
    try {
      const created = await dataProvider.allocate(record.id, {
        resourceId: Number(values.resourceId),
        returnDeadline: toIsoDate(values.returnDeadline),
        conditionAtIssue: values.conditionAtIssue ? String(values.conditionAtIssue) : null,
      });
      setResult(created);
      refresh();
    } catch (error) {
      const fieldErrors = submissionErrorsOf(error);
      if (fieldErrors) {
        // The form shows the message at the named input and notifies by itself.
        return fieldErrors;
      }
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
    return undefined;
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate('resources.applications.allocate.title', { number: record.number })}</DialogTitle>
      {result ? (
        <AllocationDone result={result} onClose={onClose} />
      ) : (
        <Form onSubmit={handleSubmit} record={EMPTY_RECORD} noValidate>
          <DialogContent>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }} sx={{ mb: 1 }}>
              <TextField
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                label={translate('resources.applications.allocate.search')}
                helperText={translate('resources.applications.allocate.search_help')}
                size="small"
                InputProps={{ endAdornment: <SearchIcon fontSize="small" aria-hidden /> }}
                sx={{ minWidth: 280 }}
              />
              <FormControlLabel
                control={
                  <Switch
                    checked={requestedSubtypeOnly}
                    onChange={(event) => {
                      setRequestedSubtypeOnly(event.target.checked);
                      setPage(1);
                    }}
                  />
                }
                label={translate('resources.applications.allocate.requested_subtype_only', { subtype: subtypes.labelOf(record.subtypeId) })}
              />
            </Stack>
            <EligibilityHelp application={record} />
            {isPending && <LinearProgress sx={{ my: 2 }} />}
            {!isPending && total === 0 && (
              <Alert severity="info">
                {translate(filtered ? 'resources.applications.allocate.none_found' : 'resources.applications.allocate.none_available')}
              </Alert>
            )}
            {choices.length > 0 && (
              <RadioButtonGroupInput
                source="resourceId"
                label="resources.applications.allocate.resource"
                choices={choices}
                row={false}
                validate={required()}
              />
            )}
            {total > 0 && (
              <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1 }}>
                <Typography variant="body2" data-testid="allocate-range">
                  {translate('resources.applications.allocate.range', { from: firstShown, to: lastShown, total })}
                </Typography>
                <IconButton
                  aria-label={translate('ra.navigation.previous')}
                  disabled={page === 1 || isPending}
                  onClick={() => setPage(page - 1)}
                  size="small"
                >
                  <ChevronLeftIcon />
                </IconButton>
                <IconButton
                  aria-label={translate('ra.navigation.next')}
                  disabled={lastShown >= total || isPending}
                  onClick={() => setPage(page + 1)}
                  size="small"
                >
                  <ChevronRightIcon />
                </IconButton>
              </Box>
            )}
            <ChosenResource labels={labels.current} />
            <DateInput
              source="returnDeadline"
              label="resources.handover-acts.fields.returnDeadline"
              helperText="resources.applications.allocate.deadline_help"
            />
            <TextInput source="conditionAtIssue" label="resources.handover-acts.fields.conditionAtIssue" multiline fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <AllocateSaveButton />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
