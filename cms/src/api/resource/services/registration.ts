import type { Core } from '@strapi/strapi';
import * as yup from 'yup';
import { knexOf, newRowColumns, nextSequence, isUniqueViolation, type Db } from '../../../lib/db';
import { conflict, invalid, notFound } from '../../../lib/errors';
import { recordStatusChange } from '../../../lib/history';
import { applyScope, resolveInstitution } from '../../../lib/scope';
import type { Actor } from '../../../lib/session';
import { validateInput, isoDateField, parseId } from '../../../lib/validation';
import { RESOURCE_LOCKED_STATUSES, RESOURCE_MANUAL_STATUSES, RESOURCE_STATUSES } from '../../../domain/resource-status';

export const resourceInputSchema = yup
  .object({
    institutionId: yup.number().integer().positive().nullable(),
    subtypeId: yup.number().integer().positive().required(),
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
    status: yup.string().oneOf([...RESOURCE_MANUAL_STATUSES]).default('new'),
    parameters: yup.object().default({}),
    notes: yup.string().max(4000).nullable(),
  })
  .noUnknown();

export type ResourceInput = yup.InferType<typeof resourceInputSchema>;

/** On update the current status comes back unchanged, so every status is accepted by the schema. */
const resourceUpdateSchema = resourceInputSchema.shape({ status: yup.string().oneOf([...RESOURCE_STATUSES]).required() });

interface SubtypeRow {
  id: number;
  code: string;
  active: boolean;
  type_id: number | null;
  parameters: Array<{ key: string; required?: boolean }> | null;
}

/** Loads the subtype with its type (kept by Strapi in a link table) and parameter definitions. */
export async function loadSubtype(db: Db, subtypeId: number): Promise<SubtypeRow | undefined> {
  return db('resource_subtypes as s')
    .leftJoin('resource_subtypes_type_lnk as l', 'l.resource_subtype_id', 's.id')
    .where('s.id', subtypeId)
    .first('s.id', 's.code', 's.active', 'l.resource_type_id as type_id', 's.parameters');
}

/** Checks the rules that tie fields together and returns the subtype's type id. */
export async function checkResourceRules(db: Db, input: ResourceInput): Promise<SubtypeRow & { type_id: number }> {
  const subtype = await loadSubtype(db, input.subtypeId);
  if (!subtype || !subtype.active || !subtype.type_id) {
    throw invalid('SUBTYPE_NOT_FOUND', 'Norādītais resursa apakštips neeksistē vai nav aktīvs.', 'subtypeId');
  }
  for (const definition of subtype.parameters ?? []) {
    const value = (input.parameters as Record<string, unknown>)[definition.key];
    if (definition.required && (value === undefined || value === null || value === '')) {
      throw invalid('PARAMETER_REQUIRED', `Šim apakštipam obligāti jānorāda tehniskais parametrs "${definition.key}".`, `parameters.${definition.key}`);
    }
  }
  // A social-support device lent to one person must be earmarked for socially less protected learners.
  if (input.socialSupport && input.usagePurpose === 'issued_individually' && input.targetGroup !== 'socially_disadvantaged_learners') {
    throw invalid(
      'SOCIAL_SUPPORT_TARGET_GROUP',
      'Sociālā atbalsta resursam, ko izsniedz individuāli, mērķa grupai jābūt "Sociāli mazāk aizsargātiem izglītojamiem".',
      'targetGroup',
    );
  }
  return subtype as SubtypeRow & { type_id: number };
}

export function resourceColumns(input: ResourceInput) {
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
    parameters: JSON.stringify(input.parameters ?? {}),
    notes: input.notes ?? null,
  };
}

/** Turns the database's uniqueness violations into messages that name the clashing resource. */
export async function explainResourceConflict(db: Db, error: unknown, institutionId: number, input: ResourceInput): Promise<never> {
  if (isUniqueViolation(error, 'resources_serial_uq')) {
    const other = await db('resources').where({ institution_id: institutionId }).whereRaw('lower(serial_number) = lower(?)', [input.serialNumber]).first('number');
    throw conflict('SERIAL_NUMBER_TAKEN', `Sērijas numurs "${input.serialNumber}" jau ir reģistrēts resursam ${other?.number ?? ''}.`.trim(), 'serialNumber');
  }
  if (isUniqueViolation(error, 'resources_inventory_uq')) {
    const other = await db('resources').where({ institution_id: institutionId }).whereRaw('lower(inventory_number) = lower(?)', [input.inventoryNumber]).first('number');
    throw conflict('INVENTORY_NUMBER_TAKEN', `Inventāra numurs "${input.inventoryNumber}" jau ir reģistrēts resursam ${other?.number ?? ''}.`.trim(), 'inventoryNumber');
  }
  throw error;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Registers a resource and numbers it RES-<registration number>-<sequence> in one transaction. */
  async create(actor: Actor & { profile: NonNullable<Actor['profile']> }, body: unknown): Promise<{ id: number; number: string }> {
    const input = validateInput(resourceInputSchema, body);
    const knex = knexOf(strapi);
    const institution = await resolveInstitution(knex, actor.profile, input.institutionId);
    const subtype = await checkResourceRules(knex, input);

    try {
      return await knex.transaction(async (trx) => {
        const sequence = await nextSequence(trx, institution.id, 'resource');
        const number = `RES-${institution.registration_number}-${sequence}`;
        const now = new Date();
        const [row] = await trx('resources')
          .insert({
            ...newRowColumns(now),
            ...resourceColumns(input),
            number,
            sequence,
            institution_id: institution.id,
            type_id: subtype.type_id,
            subtype_id: subtype.id,
            status: input.status,
            status_confirmed_at: now,
          })
          .returning(['id', 'number']);
        await trx('resource_status_changes').insert({
          ...newRowColumns(now),
          resource_id: row.id,
          from_status: null,
          to_status: input.status,
          changed_at: now,
          user_id: actor.userId,
          profile_id: actor.profile.id,
        });
        strapi.log.info('Resource registered', { resourceId: row.id, number, profileId: actor.profile.id });
        return { id: row.id as number, number: row.number as string };
      });
    } catch (error) {
      return explainResourceConflict(knex, error, institution.id, input);
    }
  },

  /**
   * Saves a resource's fields. Its institution, number and type never change; its status may
   * change only between the statuses a manager sets by hand, never from or to reserved, in use
   * or written off, which follow from handover acts and write-off.
   */
  async update(actor: Actor & { profile: NonNullable<Actor['profile']> }, idParam: unknown, body: unknown): Promise<{ id: number }> {
    const id = parseId(idParam);
    const raw = { ...(body as Record<string, unknown>) };
    for (const readOnly of READ_ONLY_FIELDS) {
      delete raw[readOnly];
    }
    const input = validateInput(resourceUpdateSchema, raw) as ResourceInput;
    const knex = knexOf(strapi);
    const current = await applyScope(knex('resources').where('id', id), actor.profile.scope, 'institution_id').first('id', 'institution_id', 'type_id', 'status');
    if (!current) {
      throw notFound('RESOURCE_NOT_FOUND', 'Resurss nav atrasts.');
    }
    const subtype = await checkResourceRules(knex, input);
    if (subtype.type_id !== current.type_id) {
      throw invalid('RESOURCE_TYPE_CHANGE', 'Resursa tipu mainīt nevar: izvēlieties tā paša tipa apakštipu.', 'subtypeId');
    }
    const statusChanges = input.status !== current.status;
    const locked: readonly string[] = RESOURCE_LOCKED_STATUSES;
    if (statusChanges && (locked.includes(current.status) || locked.includes(input.status))) {
      throw conflict('RESOURCE_STATUS_LOCKED', 'Rezervēta, lietošanā esoša vai norakstīta resursa statusu nevar mainīt ar roku.', 'status');
    }
    try {
      await knex.transaction(async (trx) => {
        await trx('resources')
          .where('id', id)
          .update({
            ...resourceColumns(input),
            subtype_id: subtype.id,
            ...(statusChanges ? { status: input.status } : {}),
            updated_at: new Date(),
            status_confirmed_at: new Date(),
          });
        if (statusChanges) {
          await recordStatusChange(trx, 'resource', id, current.status, input.status, actor);
        }
      });
    } catch (error) {
      return explainResourceConflict(knex, error, current.institution_id, input);
    }
    return { id };
  },
});

/** Fields the panel sends back with a record that a save never changes. */
const READ_ONLY_FIELDS = [
  'id', 'number', 'sequence', 'institutionId', 'institutionName', 'typeId', 'subtypeLabel', 'documentId',
  'createdAt', 'updatedAt', 'publishedAt', 'statusConfirmedAt', 'writtenOffOn', 'writeOffReason', 'history', 'activeAct',
];
