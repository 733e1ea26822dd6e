import { CreateButton, DataTable, List, TopToolbar, FilterButton } from 'react-admin';
import { useSession } from '../auth/useSession';
import { CodeField } from '../codeLists/CodeField';
import { SubtypeField } from '../codeLists/SubtypeField';
import { useResourceFilters } from './useResourceFilters';
import { noWrap } from '../common/noWrap';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const ResourceList = () => {
  const filters = useResourceFilters();
  const { activeProfile } = useSession();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'number', order: 'DESC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
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
