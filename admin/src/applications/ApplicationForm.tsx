import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  required,
} from 'react-admin';
import { useCodeList } from '../codeLists/useCodeList';
import { useSocialStatuses, useSubtypes } from '../codeLists/useSubtypes';
import { FormSection } from '../common/FormSection';
import { validateSocialStatuses } from './validateSocialStatuses';
import { LearnerInputs } from './LearnerInputs';
import { validatePersonalCode } from '../common/validatePersonalCode';

const personalCode = [required(), validatePersonalCode];

/**
 * Renders the registrar's application form: applicant, resource user, social support and basis
 * document. The browser's own checks are off, so every message follows the panel's language.
 */
export const ApplicationForm = ({ withInstitution }: { withInstitution: boolean }) => {
  const subtypes = useSubtypes();
  const applicantRoles = useCodeList('applicant_role');
  const socialStatuses = useSocialStatuses();
  const kinds = [
    { id: 'learner', name: 'resources.applications.user_kind.learner' },
    { id: 'employee', name: 'resources.applications.user_kind.employee' },
  ];

  return (
    <SimpleForm defaultValues={{ socialSupport: false, socialStatuses: [], resourceUser: { kind: 'learner' } }} noValidate>
      <FormSection title="resources.applications.sections.application">
        {withInstitution && (
          <ReferenceInput source="institutionId" reference="institutions">
            <AutocompleteInput optionText="name" validate={required()} />
          </ReferenceInput>
        )}
        <SelectInput source="subtypeId" choices={subtypes.choices} validate={required()} />
      </FormSection>
      <FormSection title="resources.applications.sections.applicant">
        <TextInput source="applicant.personalCode" label="resources.applications.fields.applicantPersonalCode" validate={personalCode} />
        <TextInput source="applicant.firstName" label="resources.applications.fields.applicantFirstName" validate={required()} />
        <TextInput source="applicant.lastName" label="resources.applications.fields.applicantLastName" validate={required()} />
        <SelectInput
          source="applicant.role"
          label="resources.applications.fields.applicantRole"
          choices={applicantRoles.choices}
          validate={required()}
        />
        <TextInput source="applicant.email" label="resources.applications.fields.applicantEmail" type="email" validate={email()} />
        <TextInput source="applicant.phone" label="resources.applications.fields.applicantPhone" />
      </FormSection>
      <FormSection title="resources.applications.sections.resource_user">
        <TextInput source="resourceUser.personalCode" label="resources.applications.fields.userPersonalCode" validate={personalCode} />
        <TextInput source="resourceUser.firstName" label="resources.applications.fields.userFirstName" validate={required()} />
        <TextInput source="resourceUser.lastName" label="resources.applications.fields.userLastName" validate={required()} />
        <SelectInput source="resourceUser.kind" label="resources.applications.fields.userKind" choices={kinds} validate={required()} />
        <LearnerInputs />
      </FormSection>
      <FormSection title="resources.applications.sections.social_support">
        <BooleanInput source="socialSupport" />
        <FormDataConsumer<{ socialSupport?: boolean }>>
          {({ formData }) =>
            formData.socialSupport && (
              <CheckboxGroupInput source="socialStatuses" choices={socialStatuses.choices} validate={validateSocialStatuses} />
            )
          }
        </FormDataConsumer>
      </FormSection>
      <FormSection title="resources.applications.sections.basis">
        <TextInput source="basisDocumentNumber" validate={required()} />
        <DateInput source="basisDocumentDate" validate={required()} />
        <TextInput source="notes" multiline />
      </FormSection>
    </SimpleForm>
  );
};
