import { Edit, useRecordContext } from 'react-admin';
import { useSubtypes } from '../codeLists/useSubtypes';
import type { ResourceRecord } from '../types';
import { ResourceForm } from './ResourceForm';
import { toResourceBody } from './resourceBody';

const ResourceTitle = () => <>{useRecordContext<ResourceRecord>()?.number}</>;

/** Saves pessimistically, so a rejected change (such as a taken serial number) stays in the form. */
export const ResourceEdit = () => {
  const { subtypes } = useSubtypes();
  return (
    <Edit
      title={<ResourceTitle />}
      mutationMode="pessimistic"
      redirect="show"
      transform={(values: Record<string, unknown>) => toResourceBody(values, subtypes, { withInstitution: false })}
    >
      <ResourceForm />
    </Edit>
  );
};
