import type { ResourceSubtype } from '../types';
import { toIsoDate } from '../common/dates';

type Values = Record<string, unknown>;

/** Editable fields of a resource. The create endpoint rejects any other field. */
const TEXT_FIELDS = ['manufacturer', 'model', 'serialNumber', 'inventoryNumber', 'ownName', 'resourceGroup', 'notes'];
const CODE_FIELDS = ['acquisitionType', 'fundingProgramme', 'usagePurpose', 'targetGroup', 'location', 'status'];
const NUMBER_FIELDS = ['subtypeId', 'manufactureYear', 'valueEur'];

const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/**
 * Builds the body of POST or PUT /resources from the form values: only the editable fields,
 * empty inputs as null, the date as YYYY-MM-DD, and only the chosen subtype's parameters.
 */
export function toResourceBody(values: Values, subtypes: ResourceSubtype[], options: { withInstitution: boolean }): Values {
  const body: Values = {};
  for (const field of [...TEXT_FIELDS, ...CODE_FIELDS, ...NUMBER_FIELDS]) {
    body[field] = emptyToNull(values[field]);
  }
  body.acquisitionDate = toIsoDate(values.acquisitionDate);
  body.socialSupport = values.socialSupport === true;

  const subtype = subtypes.find((candidate) => candidate.id === values.subtypeId);
  const entered = (values.parameters ?? {}) as Values;
  const parameters: Values = {};
  for (const { key } of subtype?.parameters ?? []) {
    const value = emptyToNull(entered[key]);
    if (value !== null) {
      parameters[key] = value;
    }
  }
  body.parameters = parameters;

  if (options.withInstitution) {
    body.institutionId = emptyToNull(values.institutionId);
  }
  return body;
}
