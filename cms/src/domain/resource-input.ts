import * as yup from 'yup';
import { idField, isoDateField } from '../lib/validation';
import { RESOURCE_MANUAL_STATUSES } from './resource-status';

/**
 * Fields of a resource as the panel and the import send them. Registration, copy and import all
 * validate with this schema, so a row in a file passes exactly the checks of a form.
 */
export const resourceInputSchema = yup
  .object({
    institutionId: idField().nullable(),
    subtypeId: idField().required(),
    manufacturer: yup.string().trim().max(120).required(),
    model: yup.string().trim().max(120).required(),
    serialNumber: yup.string().trim().max(120).required(),
    inventoryNumber: yup.string().trim().max(120).required(),
    manufactureYear: yup.number().integer().min(1990).max(2100).nullable(),
    ownName: yup.string().trim().max(200).nullable(),
    resourceGroup: yup.string().trim().max(120).nullable(),
    acquisitionType: yup.string().oneOf(['municipality', 'ministry', 'institution', 'donated']).required(),
    fundingProgramme: yup.string().oneOf(['every_child', 'digital_divide']).nullable(),
    acquisitionDate: isoDateField().nullable(),
    valueEur: yup.number().min(0).max(1_000_000).nullable(),
    usagePurpose: yup.string().oneOf(['issued_individually', 'institution_learning']).required(),
    targetGroup: yup.string().oneOf(['all', 'learners', 'socially_disadvantaged_learners', 'employees']).required(),
    socialSupport: yup.boolean().default(false),
    location: yup.string().oneOf(['classroom', 'library', 'storage', 'service', 'user']).default('storage'),
    status: yup
      .string()
      .oneOf([...RESOURCE_MANUAL_STATUSES])
      .default('new'),
    parameters: yup.object().default({}),
    notes: yup.string().max(4000).nullable(),
  })
  .noUnknown();

export type ResourceInput = yup.InferType<typeof resourceInputSchema>;

/** Row values of the columns a resource's input sets; parameters are the already checked ones. */
export function resourceColumns(input: ResourceInput, parameters: Record<string, unknown> = input.parameters ?? {}) {
  return {
    manufacturer: input.manufacturer,
    model: input.model,
    serial_number: input.serialNumber,
    inventory_number: input.inventoryNumber,
    manufacture_year: input.manufactureYear ?? null,
    own_name: input.ownName ?? null,
    resource_group: input.resourceGroup ?? null,
    acquisition_type: input.acquisitionType,
    funding_programme: input.fundingProgramme ?? null,
    acquisition_date: input.acquisitionDate ?? null,
    value_eur: input.valueEur ?? null,
    usage_purpose: input.usagePurpose,
    target_group: input.targetGroup,
    social_support: input.socialSupport,
    location: input.location,
    parameters: JSON.stringify(parameters),
    notes: input.notes ?? null,
  };
}

export type ResourceColumns = ReturnType<typeof resourceColumns>;
