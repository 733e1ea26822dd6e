import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { useCodeList } from '../codeLists/useCodeList';
import { useSubtypes } from '../codeLists/useSubtypes';

/** Returns the filters of the resource list: search, subtype, status, location, funding programme, social support. */
export function useResourceFilters() {
  const subtypes = useSubtypes();
  const statuses = useCodeList('resource_status');
  const locations = useCodeList('resource_location');
  const programmes = useCodeList('funding_programme');
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statuses.choices} alwaysOn />,
    <SelectInput key="subtypeId" source="subtypeId" choices={subtypes.choices} />,
    <SelectInput key="location" source="location" choices={locations.choices} />,
    <SelectInput key="fundingProgramme" source="fundingProgramme" choices={programmes.choices} />,
    <NullableBooleanInput key="socialSupport" source="socialSupport" />,
  ];
}
