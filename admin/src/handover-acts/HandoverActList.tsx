import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { useSession } from '../auth/useSession';
import { CodeField } from '../codeLists/CodeField';
import { useCodeList } from '../codeLists/useCodeList';
import { DateText } from '../common/DateText';
import { PersonName } from '../common/PersonName';
import { noWrap } from '../common/noWrap';

export const HandoverActList = () => {
  const statuses = useCodeList('handover_status');
  const { activeProfile } = useSession();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statuses.choices} alwaysOn />,
  ];
  return (
    <List filters={filters} sort={{ field: 'number', order: 'DESC' }} perPage={25} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="number" cellSx={noWrap} />
        <DataTable.Col source="status" render={() => <CodeField source="status" list="handover_status" />} />
        <DataTable.Col source="applicationNumber" disableSort cellSx={noWrap} />
        <DataTable.Col source="userLastName" label="resources.handover-acts.fields.userName" render={() => <PersonName prefix="user" />} />
        <DataTable.Col source="resourceNumber" disableSort cellSx={noWrap} />
        <DataTable.Col source="resourceModel" disableSort />
        <DataTable.Col source="returnDeadline" render={() => <DateText source="returnDeadline" />} />
        <DataTable.Col source="issuedOn" render={() => <DateText source="issuedOn" />} />
        {activeProfile?.level !== 'institution' && <DataTable.Col source="institutionName" />}
      </DataTable>
    </List>
  );
};
