import { useState } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Button,
  DateInput,
  Form,
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
import { useSubtypes } from '../codeLists/useSubtypes';
import { toIsoDate } from '../common/dates';
import { AllocationDone } from './AllocationDone';
import type { ApplicationRecord, ResourceRecord } from '../types';

/**
 * NOTE: the server returns at most 500 rows per page, so an institution with more available
 * devices gets only the first 500 listed here (by number).
 */
const AVAILABLE_PAGE = { page: 1, perPage: 500 };

/**
 * Target groups that fit the resource user, as the server's allocation rules have them. A
 * socially less protected learners' device is offered only when the application declares a group.
 */
function fittingTargetGroups(application: ApplicationRecord): string[] {
  if (application.userKind === 'employee') {
    return ['employees', 'all'];
  }
  return application.socialStatuses?.length ? ['learners', 'all', 'socially_disadvantaged_learners'] : ['learners', 'all'];
}

/** The form starts empty instead of taking values from the application in context. */
const EMPTY_RECORD = {};

/**
 * Lists the institution's resources with status "available for issue" and allocates the chosen
 * one with a return deadline. On success it shows the new handover act's number and a link to it.
 */
export const AllocateDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<RumisDataProvider>();
  const record = useRecordContext<ApplicationRecord>();
  const subtypes = useSubtypes();
  const [result, setResult] = useState<AllocationResult | null>(null);
  const { data: resources = [], isPending } = useGetList<ResourceRecord>(
    'resources',
    {
      // Only devices the server would accept: available, for individual issue, for this kind of user.
      filter: record
        ? { status: 'available', institutionId: record.institutionId, usagePurpose: 'issued_individually', targetGroup: fittingTargetGroups(record) }
        : {},
      pagination: AVAILABLE_PAGE,
      sort: { field: 'number', order: 'ASC' },
    },
    { enabled: record !== undefined },
  );
  if (!record) {
    return null;
  }

  const choices = resources.map((resource) => ({
    id: resource.id,
    name: `${resource.number} · ${subtypes.labelOf(resource.subtypeId)} · ${resource.manufacturer} ${resource.model} · ${resource.serialNumber}`,
  }));

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
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate('resources.applications.allocate.title', { number: record.number })}</DialogTitle>
      {result ? (
        <AllocationDone result={result} onClose={onClose} />
      ) : (
        <Form onSubmit={handleSubmit} record={EMPTY_RECORD}>
          <DialogContent>
            {!isPending && choices.length === 0 && (
              <Alert severity="info">{translate('resources.applications.allocate.none_available')}</Alert>
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
            <DateInput
              source="returnDeadline"
              label="resources.handover-acts.fields.returnDeadline"
              helperText="resources.applications.allocate.deadline_help"
            />
            <TextInput source="conditionAtIssue" label="resources.handover-acts.fields.conditionAtIssue" multiline fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <SaveButton label="resources.applications.actions.allocate" disabled={choices.length === 0} alwaysEnable={choices.length > 0} />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
