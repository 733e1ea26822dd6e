import { CreateButton, DataTable, FilterButton, List, TopToolbar } from 'react-admin';
import { useSession } from '../auth/useSession';
import { CodeField } from '../codeLists/CodeField';
import { SubtypeField } from '../codeLists/SubtypeField';
import { DateText } from '../common/DateText';
import { DaysLeftField } from './DaysLeftField';
import { DuplicateFlag } from './DuplicateFlag';
import { PersonName } from '../common/PersonName';
import { useApplicationFilters } from './useApplicationFilters';
import { noWrap } from '../common/noWrap';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const ApplicationList = () => {
  const filters = useApplicationFilters();
  const { activeProfile } = useSession();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'submittedAt', order: 'DESC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="number" cellSx={noWrap} />
        <DataTable.Col source="submittedAt" render={() => <DateText source="submittedAt" showTime />} />
        <DataTable.Col source="userLastName" label="resources.applications.fields.userName" render={() => <PersonName prefix="user" />} />
        <DataTable.Col source="subtypeLabel" render={() => <SubtypeField />} />
        <DataTable.Col source="status" render={() => <CodeField source="status" list="application_status" />} />
        <DataTable.Col source="daysLeft" render={() => <DaysLeftField />} />
        <DataTable.Col source="duplicateElsewhere" disableSort render={() => <DuplicateFlag />} />
        <DataTable.Col source="actNumber" disableSort cellSx={noWrap} />
        {activeProfile?.level !== 'institution' && <DataTable.Col source="institutionName" />}
      </DataTable>
    </List>
  );
};
