import type { Core } from '@strapi/strapi';
import * as yup from 'yup';
import { knexOf, isUniqueViolation, type Db } from '../../../lib/db';
import { conflict, DomainError, notFound } from '../../../lib/errors';
import { recordStatusChange } from '../../../lib/history';
import { insertNumberedResources } from '../../../lib/resource-insert';
import { loadSubtypeDefinition } from '../../../lib/resource-subtypes';
import { applyScope, resolveInstitution } from '../../../lib/scope';
import type { Actor } from '../../../lib/session';
import { validateInput, parseId } from '../../../lib/validation';
import { resourceColumns, resourceInputSchema, type ResourceInput } from '../../../domain/resource-input';
import type { ParameterValue } from '../../../domain/resource-parameters';
import { checkResourceRules, type SubtypeDefinition } from '../../../domain/resource-rules';
import { isLockedStatus, RESOURCE_STATUSES } from '../../../domain/resource-status';

type ScopedActor = Actor & { profile: NonNullable<Actor['profile']> };

/** On update the current status comes back unchanged, so every status is accepted by the schema. */
const resourceUpdateSchema = resourceInputSchema.shape({
  status: yup
    .string()
    .oneOf([...RESOURCE_STATUSES])
    .required(),
});

/**
 * Checks the rules that tie fields together and returns the subtype with the parameter values
 * to store. The first failing rule becomes a 400 naming its field.
 */
export async function assertResourceRules(
  db: Db,
  input: ResourceInput,
): Promise<{ subtype: SubtypeDefinition & { typeId: number }; parameters: Record<string, ParameterValue> }> {
  const outcome = checkResourceRules(input, await loadSubtypeDefinition(db, input.subtypeId));
  const [problem] = outcome.problems;
  if (problem || !outcome.subtype) {
    throw new DomainError(
      400,
      problem?.code ?? 'SUBTYPE_NOT_FOUND',
      problem?.message ?? {
        lv: 'Norādītais resursa apakštips neeksistē vai nav aktīvs.',
        en: 'The resource subtype does not exist or is not active.',
      },
      problem?.field ?? 'subtypeId',
    );
  }
  return { subtype: outcome.subtype, parameters: outcome.parameters };
}

/**
 * Turns the database's uniqueness violations into messages that name the clashing resource.
 * Pass the saved resource's id on update, so that the lookup does not find the resource itself.
 */
export async function explainResourceConflict(
  db: Db,
  error: unknown,
  resource: { institutionId: number; typeId: number; id?: number },
  input: Pick<ResourceInput, 'serialNumber' | 'inventoryNumber'>,
): Promise<never> {
  const others = () =>
    db('resources')
      .where('institution_id', resource.institutionId)
      .whereNot('id', resource.id ?? 0);
  if (isUniqueViolation(error, 'resources_serial_uq')) {
    const other = await others()
      .where('type_id', resource.typeId)
      .whereRaw('lower(serial_number) = lower(?)', [input.serialNumber])
      .first('number');
    throw conflict(
      'SERIAL_NUMBER_TAKEN',
      {
        lv: `Sērijas numurs "${input.serialNumber}" jau ir reģistrēts resursam ${other?.number ?? ''}.`.trim(),
        en: `Serial number "${input.serialNumber}" is already registered to resource ${other?.number ?? ''}.`.trim(),
      },
      'serialNumber',
    );
  }
  if (isUniqueViolation(error, 'resources_inventory_uq')) {
    const other = await others().whereRaw('lower(inventory_number) = lower(?)', [input.inventoryNumber]).first('number');
    throw conflict(
      'INVENTORY_NUMBER_TAKEN',
      {
        lv: `Inventāra numurs "${input.inventoryNumber}" jau ir reģistrēts resursam ${other?.number ?? ''}.`.trim(),
        en: `Inventory number "${input.inventoryNumber}" is already registered to resource ${other?.number ?? ''}.`.trim(),
      },
      'inventoryNumber',
    );
  }
  throw error;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Registers a resource and numbers it RES-<registration number>-<sequence> in one transaction.
   * A rejected registration rolls the counter back, so it uses up no number.
   */
  async create(actor: ScopedActor, body: unknown): Promise<{ id: number; number: string }> {
    const input = validateInput(resourceInputSchema, body);
    const knex = knexOf(strapi);
    const institution = await resolveInstitution(knex, actor.profile, input.institutionId);
    const { subtype, parameters } = await assertResourceRules(knex, input);

    try {
      return await knex.transaction(async (trx) => {
        const [row] = await insertNumberedResources(
          trx,
          institution,
          [{ columns: resourceColumns(input, parameters), typeId: subtype.typeId, subtypeId: subtype.id, status: input.status }],
          actor,
        );
        strapi.log.info('Resource registered', { resourceId: row.id, number: row.number, profileId: actor.profile.id });
        return { id: row.id, number: row.number };
      });
    } catch (error) {
      return explainResourceConflict(knex, error, { institutionId: institution.id, typeId: subtype.typeId }, input);
    }
  },

  /**
   * Saves a resource's fields. Its institution, number and type never change. Its status changes
   * only between the statuses a manager sets by hand, because reserved, in use and written off
   * follow from handover acts and write-off. The row stays locked while the status is checked,
   * so a concurrent allocation cannot slip in between.
   */
  async update(actor: ScopedActor, idParam: unknown, body: unknown): Promise<{ id: number }> {
    const id = parseId(idParam);
    const raw = { ...(body as Record<string, unknown>) };
    for (const readOnly of READ_ONLY_FIELDS) {
      delete raw[readOnly];
    }
    const input = validateInput(resourceUpdateSchema, raw) as ResourceInput;
    const knex = knexOf(strapi);
    const { subtype, parameters } = await assertResourceRules(knex, input);
    let current: { institution_id: number; type_id: number; status: string } | undefined;

    try {
      await knex.transaction(async (trx) => {
        current = await applyScope(trx('resources').where('id', id), actor.profile.scope, 'institution_id')
          .forUpdate()
          .first('institution_id', 'type_id', 'status');
        if (!current) {
          throw notFound('RESOURCE_NOT_FOUND', { lv: 'Resurss nav atrasts.', en: 'Resource not found.' });
        }
        if (subtype.typeId !== current.type_id) {
          throw new DomainError(
            400,
            'RESOURCE_TYPE_CHANGE',
            {
              lv: 'Resursa tipu mainīt nevar: izvēlieties tā paša tipa apakštipu.',
              en: 'The resource type cannot be changed. Choose a subtype of the same type.',
            },
            'subtypeId',
          );
        }
        const statusChanges = input.status !== current.status;
        if (statusChanges && (isLockedStatus(current.status) || isLockedStatus(input.status))) {
          throw conflict(
            'RESOURCE_STATUS_LOCKED',
            {
              lv: 'Rezervēta, lietošanā esoša vai norakstīta resursa statusu nevar mainīt ar roku.',
              en: 'The status of a reserved, in-use or written-off resource cannot be changed by hand.',
            },
            'status',
          );
        }
        const now = new Date();
        await trx('resources')
          .where('id', id)
          .update({
            ...resourceColumns(input, parameters),
            subtype_id: subtype.id,
            ...(statusChanges ? { status: input.status } : {}),
            updated_at: now,
            status_confirmed_at: now,
          });
        if (statusChanges) {
          await recordStatusChange(trx, 'resource', id, current.status, input.status, actor);
        }
      });
    } catch (error) {
      if (!current) {
        throw error;
      }
      return explainResourceConflict(knex, error, { institutionId: current.institution_id, typeId: current.type_id, id }, input);
    }
    return { id };
  },
});

/** Fields the panel sends back with a record that a save never changes. */
const READ_ONLY_FIELDS = [
  'id',
  'number',
  'sequence',
  'institutionId',
  'institutionName',
  'typeId',
  'subtypeLabel',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'statusConfirmedAt',
  'writtenOffOn',
  'writeOffReason',
  'history',
  'activeAct',
];
