import { BooleanField, CreateButton, DataTable, FilterButton, List, NullableBooleanInput, SearchInput, TopToolbar } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="blocked" source="blocked" alwaysOn />];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/**
 * Lists the persons who hold a profile in the active administrator's scope (every person for the
 * state level). Personal codes are not listed: only a person's own page shows one.
 */
export const UserList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'lastName', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="lastName" />
      <DataTable.Col source="firstName" />
      <DataTable.Col source="blocked" disableSort render={() => <BooleanField source="blocked" />} />
    </DataTable>
  </List>
);
