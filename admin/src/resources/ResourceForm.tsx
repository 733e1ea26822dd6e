import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
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
import { DecimalInput } from '../common/DecimalInput';
import { FormSection } from '../common/FormSection';
import { decimalMaxValue, decimalMinValue, decimalNumber } from '../common/numbers';
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

/** The server's limits on the value in EUR (cms/src/domain/resource-input.ts). */
const VALUE_VALIDATORS = [decimalNumber, decimalMinValue(0), decimalMaxValue(1_000_000)];
const REQUIRED_VALUE_VALIDATORS = [required(), ...VALUE_VALIDATORS];

/**
 * Renders the value input, required (with an asterisk) exactly when the server requires it: for a
 * device issued individually, because the handover act states its value.
 */
const ValueInput = () => {
  const usagePurpose = useWatch({ name: 'usagePurpose' });
  const { trigger, formState } = useFormContext();
  const requiresValue = usagePurpose === 'issued_individually';
  // After a failed save, a new usage purpose checks the value again, so a stale "required" goes away.
  useEffect(() => {
    if (formState.isSubmitted) {
      void trigger('valueEur');
    }
  }, [requiresValue, formState.isSubmitted, trigger]);
  return <DecimalInput source="valueEur" validate={requiresValue ? REQUIRED_VALUE_VALIDATORS : VALUE_VALIDATORS} />;
};

/**
 * Renders the create and edit form of a resource. The browser's own checks are off (noValidate),
 * so every message comes from the validators, in the panel's language.
 */
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
    <SimpleForm defaultValues={{ status: 'new', location: 'storage', socialSupport: false, parameters: {} }} noValidate>
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
        <ValueInput />
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
