import { BooleanField, DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { CodeField } from '../codeLists/CodeField';
import { useCodeList } from '../codeLists/useCodeList';

/** Lists the institutions in the active profile's scope: its own school, a supervisor's schools, or all. */
export const InstitutionList = () => {
  const statuses = useCodeList('institution_status');
  const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={statuses.choices} />];
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="registrationNumber" />
        <DataTable.Col source="name" />
        <DataTable.Col source="town" />
        <DataTable.Col source="supervisorName" />
        <DataTable.Col source="status" render={() => <CodeField source="status" list="institution_status" />} />
        <DataTable.Col source="acceptsApplications" disableSort render={() => <BooleanField source="acceptsApplications" />} />
      </DataTable>
    </List>
  );
};
