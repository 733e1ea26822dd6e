import { CreateButton, DataTable, FilterButton, List, TopToolbar, useCanAccess } from 'react-admin';
import { useSession } from '../auth/useSession';
import { CodeField } from '../codeLists/CodeField';
import { SubtypeField } from '../codeLists/SubtypeField';
import { noWrap } from '../common/noWrap';
import { ExportButtons } from './ExportButtons';
import { ImportButton } from './ImportButton';
import { ResourceBulkActions } from './ResourceBulkActions';
import { useResourceFilters } from './useResourceFilters';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ImportButton />
    <ExportButtons />
  </TopToolbar>
);

export const ResourceList = () => {
  const filters = useResourceFilters();
  const { activeProfile } = useSession();
  const { canAccess: canChange } = useCanAccess({ resource: 'resources', action: 'bulk-status' });
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'number', order: 'DESC' }} perPage={25} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={canChange ? <ResourceBulkActions /> : false}>
        <DataTable.Col source="number" cellSx={noWrap} />
        <DataTable.Col source="subtypeLabel" render={() => <SubtypeField />} />
        <DataTable.Col source="manufacturer" />
        <DataTable.Col source="model" />
        <DataTable.Col source="serialNumber" />
        <DataTable.Col source="inventoryNumber" />
        <DataTable.Col source="location" render={() => <CodeField source="location" list="resource_location" />} />
        <DataTable.Col source="status" render={() => <CodeField source="status" list="resource_status" />} />
        {activeProfile?.level !== 'institution' && <DataTable.Col source="institutionName" />}
      </DataTable>
    </List>
  );
};
