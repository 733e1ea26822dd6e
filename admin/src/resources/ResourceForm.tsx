import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxValue,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import { useSession } from '../auth/useSession';
import { useCodeList } from '../codeLists/useCodeList';
import { useSubtypes } from '../codeLists/useSubtypes';
import { FormSection } from '../common/FormSection';
import type { ResourceRecord } from '../types';
import { ParameterInputs } from './ParameterInputs';
import { LOCKED_STATUSES, MANUAL_STATUSES } from './resourceStatuses';
import { validateTargetGroup } from './validateTargetGroup';

/** Returns the subtype choices, which on edit are the subtypes of the record's type only, because the type never changes. */
function useSubtypeChoices(record: ResourceRecord | undefined) {
  const { subtypes, choices } = useSubtypes();
  if (!record) {
    return choices;
  }
  const sameType = new Set(subtypes.filter((subtype) => subtype.typeId === record.typeId).map((subtype) => subtype.id));
  return choices.filter((choice) => sameType.has(choice.id));
}

/** Renders the status input with the manual statuses only, read-only while an act or a write-off sets the status. */
const StatusInput = () => {
  const record = useRecordContext<ResourceRecord>();
  const locked = record !== undefined && LOCKED_STATUSES.includes(record.status);
  const statuses = useCodeList('resource_status', locked ? undefined : MANUAL_STATUSES);
  return <SelectInput source="status" choices={statuses.choices} validate={required()} readOnly={locked} />;
};

/** Renders the create and edit form of a resource. */
export const ResourceForm = () => {
  const record = useRecordContext<ResourceRecord>();
  const { activeProfile } = useSession();
  const subtypeChoices = useSubtypeChoices(record);
  const acquisitionTypes = useCodeList('acquisition_type');
  const programmes = useCodeList('funding_programme');
  const purposes = useCodeList('usage_purpose');
  const targetGroups = useCodeList('target_group');
  const locations = useCodeList('resource_location');
  // Institution profiles register resources of their own institution. Other levels choose one.
  const choosesInstitution = !record && activeProfile !== undefined && activeProfile.level !== 'institution';

  return (
    <SimpleForm defaultValues={{ status: 'new', location: 'storage', socialSupport: false, parameters: {} }}>
      <FormSection title="resources.resources.sections.identity">
        {choosesInstitution && (
          <ReferenceInput source="institutionId" reference="institutions">
            <AutocompleteInput optionText="name" validate={required()} />
          </ReferenceInput>
        )}
        <SelectInput source="subtypeId" choices={subtypeChoices} validate={required()} />
        <TextInput source="manufacturer" validate={required()} />
        <TextInput source="model" validate={required()} />
        <TextInput source="serialNumber" validate={required()} />
        <TextInput source="inventoryNumber" validate={required()} />
        <NumberInput source="manufactureYear" validate={[minValue(1990), maxValue(2100)]} />
        <TextInput source="ownName" />
        <TextInput source="resourceGroup" />
      </FormSection>
      <FormSection title="resources.resources.sections.acquisition">
        <SelectInput source="acquisitionType" choices={acquisitionTypes.choices} validate={required()} />
        <SelectInput source="fundingProgramme" choices={programmes.choices} />
        <DateInput source="acquisitionDate" />
        <NumberInput source="valueEur" validate={minValue(0)} step={0.01} />
      </FormSection>
      <FormSection title="resources.resources.sections.use">
        <SelectInput source="usagePurpose" choices={purposes.choices} validate={required()} />
        <SelectInput source="targetGroup" choices={targetGroups.choices} validate={[required(), validateTargetGroup]} />
        <BooleanInput source="socialSupport" />
        <SelectInput source="location" choices={locations.choices} validate={required()} />
        <StatusInput />
      </FormSection>
      <ParameterInputs />
      <TextInput source="notes" multiline fullWidth />
    </SimpleForm>
  );
};
