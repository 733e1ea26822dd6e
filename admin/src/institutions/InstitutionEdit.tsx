import { Edit, SimpleForm, TextInput, email, useRecordContext } from 'react-admin';
import type { InstitutionRecord } from '../types';

const InstitutionTitle = () => <>{useRecordContext<InstitutionRecord>()?.name}</>;

const textOrNull = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The institution's own contact data; registration number, name and supervisor come from VIIS and are not edited here. */
const toInstitutionBody = (values: Record<string, unknown>) => ({
  address: textOrNull(values.address),
  town: textOrNull(values.town),
  email: textOrNull(values.email),
  phone: textOrNull(values.phone),
});

export const InstitutionEdit = () => (
  <Edit title={<InstitutionTitle />} mutationMode="pessimistic" redirect="show" transform={toInstitutionBody}>
    <SimpleForm noValidate>
      <TextInput source="address" fullWidth />
      <TextInput source="town" />
      <TextInput source="email" type="email" validate={email()} />
      <TextInput source="phone" />
    </SimpleForm>
  </Edit>
);
