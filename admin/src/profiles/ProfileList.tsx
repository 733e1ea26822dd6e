import { AutocompleteInput, BooleanField, DataTable, List, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { DateText } from '../common/DateText';
import { PersonName } from '../common/PersonName';
import { TranslatedField } from '../common/TranslatedField';
import { ProfileObjectField } from './ProfileObjectField';
import { RoleChips } from './RoleChips';
import { LEVEL_CHOICES } from './roleChoices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={LEVEL_CHOICES} alwaysOn />,
  <ReferenceInput key="institutionId" source="institutionId" reference="institutions" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
  <NullableBooleanInput key="blocked" source="blocked" />,
];

/** Lists the profiles the active administrator manages: at its own level and below, within its object. */
export const ProfileList = () => (
  <List filters={filters} sort={{ field: 'userLastName', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="userLastName" label="resources.profiles.fields.userId" render={() => <PersonName prefix="user" />} />
      <DataTable.Col source="level" render={() => <TranslatedField source="level" prefix="rumis.level" />} />
      <DataTable.Col source="institutionName" label="resources.profiles.fields.object" render={() => <ProfileObjectField />} />
      <DataTable.Col source="roles" disableSort render={() => <RoleChips />} />
      <DataTable.Col source="validUntil" render={() => <DateText source="validUntil" />} />
      <DataTable.Col source="usable" disableSort render={() => <BooleanField source="usable" />} />
    </DataTable>
  </List>
);
