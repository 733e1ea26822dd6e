import { AutocompleteInput, FormDataConsumer, ReferenceInput, SelectInput, required } from 'react-admin';
import { useSupervisorChoices } from './useSupervisorChoices';

/**
 * Renders the input for the object of the chosen level: a supervisor for the supervisor level,
 * an institution for the institution level, and nothing for the state level. The server lists
 * only the institutions in the administrator's scope.
 */
export const ProfileObjectInput = () => {
  const supervisors = useSupervisorChoices();
  return (
    <FormDataConsumer<{ level?: string }>>
      {({ formData }) => {
        if (formData.level === 'municipality') {
          return <SelectInput source="supervisorId" choices={supervisors} validate={required()} />;
        }
        if (formData.level === 'institution') {
          return (
            <ReferenceInput source="institutionId" reference="institutions" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput optionText="name" validate={required()} filterToQuery={(q: string) => ({ q })} />
            </ReferenceInput>
          );
        }
        return null;
      }}
    </FormDataConsumer>
  );
};
