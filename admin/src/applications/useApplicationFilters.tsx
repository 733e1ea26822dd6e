import { BooleanInput, SearchInput, SelectInput } from 'react-admin';
import { useCodeList } from '../codeLists/useCodeList';
import { useSubtypes } from '../codeLists/useSubtypes';

/** Returns the filters of the application list: search by number or name, status, subtype, overdue only. */
export function useApplicationFilters() {
  const statuses = useCodeList('application_status');
  const subtypes = useSubtypes();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statuses.choices} alwaysOn />,
    <SelectInput key="subtypeId" source="subtypeId" choices={subtypes.choices} />,
    <BooleanInput key="overdue" source="overdue" />,
  ];
}
