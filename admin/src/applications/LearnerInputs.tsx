import { FormDataConsumer, NumberInput, TextInput, maxValue, minValue, required } from 'react-admin';

/** Renders grade (1 to 12, required), class letter and programme, only when the resource user is a learner. */
export const LearnerInputs = () => (
  <FormDataConsumer<{ resourceUser?: { kind?: string } }>>
    {({ formData }) =>
      formData.resourceUser?.kind === 'learner' && (
        <>
          <NumberInput
            source="resourceUser.grade"
            label="resources.applications.fields.grade"
            validate={[required(), minValue(1), maxValue(12)]}
          />
          <TextInput source="resourceUser.classLetter" label="resources.applications.fields.classLetter" />
          <TextInput source="resourceUser.programme" label="resources.applications.fields.programme" />
        </>
      )
    }
  </FormDataConsumer>
);
