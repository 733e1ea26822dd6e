import type { ResourceSubtype } from '../types';
import { toIsoDate } from '../common/dates';
import { parseDecimal } from '../common/numbers';

type Values = Record<string, unknown>;

/** Editable fields of a resource. The create endpoint rejects any other field. */
const TEXT_FIELDS = ['manufacturer', 'model', 'serialNumber', 'inventoryNumber', 'ownName', 'resourceGroup', 'notes'];
const CODE_FIELDS = ['acquisitionType', 'fundingProgramme', 'usagePurpose', 'targetGroup', 'location', 'status'];
const NUMBER_FIELDS = ['subtypeId', 'manufactureYear'];
/** Fields entered in a DecimalInput, whose form value is the typed text. */
const DECIMAL_FIELDS = ['valueEur'];
/** Technical parameters with a number value, which the form enters in a DecimalInput. */
export const NUMERIC_PARAMETERS = ['ram_gb', 'storage_gb', 'screen_inches'];

const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/**
 * Turns the text of a DecimalInput into a number. Text that is not a number is sent as it is, so
 * that the server rejects it with the field named, should it get past the form's validators.
 */
function decimalOf(value: unknown): unknown {
  const parsed = parseDecimal(value);
  return parsed !== null && Number.isNaN(parsed) ? value : parsed;
}

/**
 * Builds the body of POST or PUT /resources from the form values: only the editable fields,
 * empty inputs as null, decimal text as numbers, the date as YYYY-MM-DD, and only the chosen
 * subtype's parameters.
 */
export function toResourceBody(values: Values, subtypes: ResourceSubtype[], options: { withInstitution: boolean }): Values {
  const body: Values = {};
  for (const field of [...TEXT_FIELDS, ...CODE_FIELDS, ...NUMBER_FIELDS]) {
    body[field] = emptyToNull(values[field]);
  }
  for (const field of DECIMAL_FIELDS) {
    body[field] = decimalOf(values[field]);
  }
  body.acquisitionDate = toIsoDate(values.acquisitionDate);
  body.socialSupport = values.socialSupport === true;

  const subtype = subtypes.find((candidate) => candidate.id === values.subtypeId);
  const entered = (values.parameters ?? {}) as Values;
  const parameters: Values = {};
  for (const { key } of subtype?.parameters ?? []) {
    const value = NUMERIC_PARAMETERS.includes(key) ? decimalOf(entered[key]) : emptyToNull(entered[key]);
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
