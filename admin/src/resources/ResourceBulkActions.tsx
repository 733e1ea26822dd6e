import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import PlaceIcon from '@mui/icons-material/Place';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { SelectInput, TextInput, maxLength, required, useDataProvider } from 'react-admin';
import type { RumisDataProvider } from '../api/dataProvider';
import { useCodeList } from '../codeLists/useCodeList';
import { todayIso } from '../common/dates';
import { BulkActionButton } from './BulkActionButton';
import { MANUAL_STATUSES } from './resourceStatuses';
import { WriteOffInputs, toWriteOffInput } from './WriteOffInputs';

/**
 * Bulk actions of the resource list: change the status (which also confirms it, as a stocktake
 * does), change the location, or write off the selected resources.
 */
export const ResourceBulkActions = () => {
  const dataProvider = useDataProvider<RumisDataProvider>();
  const statuses = useCodeList('resource_status', MANUAL_STATUSES);
  const locations = useCodeList('resource_location');
  return (
    <>
      <BulkActionButton
        messages="resources.resources.bulk_status"
        label="resources.resources.actions.bulk_status"
        icon={<SyncAltIcon />}
        run={(ids, values) => dataProvider.bulkResourceStatus(ids, String(values.status), values.reason ? String(values.reason).trim() : null)}
      >
        <SelectInput source="status" label="resources.resources.fields.status" choices={statuses.choices} validate={required()} />
        <TextInput source="reason" label="resources.resources.bulk_status.reason" validate={maxLength(255)} multiline fullWidth />
      </BulkActionButton>
      <BulkActionButton
        messages="resources.resources.bulk_location"
        label="resources.resources.actions.bulk_location"
        icon={<PlaceIcon />}
        run={(ids, values) => dataProvider.bulkResourceLocation(ids, String(values.location))}
      >
        <SelectInput source="location" label="resources.resources.fields.location" choices={locations.choices} validate={required()} />
      </BulkActionButton>
      <BulkActionButton
        messages="resources.resources.bulk_write_off"
        label="resources.resources.actions.write_off"
        icon={<DeleteSweepIcon />}
        color="error"
        defaultValues={{ date: todayIso() }}
        run={(ids, values) => dataProvider.bulkWriteOff(ids, toWriteOffInput(values))}
      >
        <WriteOffInputs />
      </BulkActionButton>
    </>
  );
};
