import type { Core } from '@strapi/strapi';
import * as yup from 'yup';
import { isUniqueViolation, knexOf, parseJsonColumn } from '../../../lib/db';
import { conflict, DomainError, notFound } from '../../../lib/errors';
import { insertNumberedResources, type NumberedResource } from '../../../lib/resource-insert';
import { loadSubtypeDefinition } from '../../../lib/resource-subtypes';
import { findIdentityClashes, type IdentityClash } from '../../../lib/resource-uniqueness';
import { applyScope } from '../../../lib/scope';
import type { ScopedActor } from '../../../lib/actor';
import { parseId, validateInput } from '../../../lib/validation';
import type { ResourceColumns } from '../../../domain/resource-input';
import { checkResourceRules } from '../../../domain/resource-rules';
import { copyStatus } from '../../../domain/resource-status';

export const MAX_COPIES = 200;

const copySchema = yup
  .object({
    items: yup
      .array()
      .of(
        yup
          .object({
            serialNumber: yup.string().trim().max(120).required(),
            inventoryNumber: yup.string().trim().max(120).required(),
          })
          .noUnknown()
          .required(),
      )
      .min(1)
      .max(MAX_COPIES, {
        lv: `Vienā reizē var izveidot ne vairāk kā ${MAX_COPIES} kopijas.`,
        en: `At most ${MAX_COPIES} copies can be created at once.`,
      })
      .required(),
  })
  .noUnknown();

interface SourceRow extends Omit<ResourceColumns, 'parameters'> {
  id: number;
  number: string;
  institution_id: number;
  registration_number: string;
  type_id: number;
  subtype_id: number;
  status: string;
  parameters: Record<string, unknown> | string | null;
}

/** Turns a clash into a DomainError whose field names the item, such as items[3].serialNumber. */
function clashError(clash: IdentityClash): DomainError {
  const field = `items[${clash.index}].${clash.field}`;
  const fieldLabel =
    clash.field === 'serialNumber' ? { lv: 'Sērijas numurs', en: 'Serial number' } : { lv: 'Inventāra numurs', en: 'Inventory number' };
  const code = clash.field === 'serialNumber' ? 'SERIAL_NUMBER' : 'INVENTORY_NUMBER';
  if (clash.takenBy !== undefined) {
    return conflict(
      `${code}_TAKEN`,
      {
        lv: `${fieldLabel.lv} "${clash.value}" (${clash.index + 1}. kopija) jau ir reģistrēts resursam ${clash.takenBy}.`,
        en: `${fieldLabel.en} "${clash.value}" (copy ${clash.index + 1}) is already registered to resource ${clash.takenBy}.`,
      },
      field,
    );
  }
  return conflict(
    `${code}_REPEATED`,
    {
      lv: `${fieldLabel.lv} "${clash.value}" norādīts gan ${(clash.repeats ?? 0) + 1}., gan ${clash.index + 1}. kopijai.`,
      en: `${fieldLabel.en} "${clash.value}" is given for both copy ${(clash.repeats ?? 0) + 1} and copy ${clash.index + 1}.`,
    },
    field,
  );
}

const SOURCE_COLUMNS = [
  'r.id',
  'r.number',
  'r.institution_id',
  'i.registration_number',
  'r.type_id',
  'r.subtype_id',
  'r.status',
  'r.manufacturer',
  'r.model',
  'r.serial_number',
  'r.inventory_number',
  'r.manufacture_year',
  'r.own_name',
  'r.resource_group',
  'r.acquisition_type',
  'r.funding_programme',
  'r.acquisition_date',
  'r.value_eur',
  'r.usage_purpose',
  'r.target_group',
  'r.social_support',
  'r.location',
  'r.parameters',
  'r.notes',
];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Creates one resource per item, identical to the source except for the serial and inventory
   * numbers, with consecutive numbers, all in one transaction. A copy takes the source's status
   * when a manager may set it by hand and "new" otherwise. Any serial or inventory number that
   * is registered already or repeats within the items rejects the whole copy.
   */
  async copy(actor: ScopedActor, idParam: unknown, body: unknown): Promise<Array<{ id: number; number: string }>> {
    const id = parseId(idParam);
    const { items } = validateInput(copySchema, body);
    const knex = knexOf(strapi);

    const source: SourceRow | undefined = await applyScope(
      knex('resources as r').join('institutions as i', 'i.id', 'r.institution_id').where('r.id', id),
      actor.profile.scope,
      'r.institution_id',
    ).first(SOURCE_COLUMNS);
    if (!source) {
      throw notFound('RESOURCE_NOT_FOUND', { lv: 'Resurss nav atrasts.', en: 'Resource not found.' });
    }

    // Copies are new registrations, so they pass the rules of registration against today's catalog.
    const rules = checkResourceRules(
      {
        socialSupport: source.social_support,
        usagePurpose: source.usage_purpose,
        targetGroup: source.target_group,
        valueEur: source.value_eur === null ? null : Number(source.value_eur),
        parameters: parseJsonColumn<Record<string, unknown>>(source.parameters, {}),
      },
      await loadSubtypeDefinition(knex, source.subtype_id),
    );
    const [problem] = rules.problems;
    if (problem) {
      throw new DomainError(
        400,
        problem.code,
        {
          lv: `Resursu ${source.number} nevar kopēt: ${problem.message.lv} Vispirms izlabojiet resursu.`,
          en: `Resource ${source.number} cannot be copied: ${problem.message.en} Correct the resource first.`,
        },
        problem.field,
      );
    }

    const [clash] = await findIdentityClashes(
      knex,
      source.institution_id,
      items.map((item) => ({ typeId: source.type_id, serialNumber: item.serialNumber, inventoryNumber: item.inventoryNumber })),
    );
    if (clash) {
      throw clashError(clash);
    }

    const status = copyStatus(source.status);
    const columns: Omit<ResourceColumns, 'serial_number' | 'inventory_number'> = {
      manufacturer: source.manufacturer,
      model: source.model,
      manufacture_year: source.manufacture_year,
      own_name: source.own_name,
      resource_group: source.resource_group,
      acquisition_type: source.acquisition_type,
      funding_programme: source.funding_programme,
      acquisition_date: source.acquisition_date,
      value_eur: source.value_eur,
      usage_purpose: source.usage_purpose,
      target_group: source.target_group,
      social_support: source.social_support,
      location: source.location,
      parameters: JSON.stringify(rules.parameters),
      notes: source.notes,
    };

    let created: NumberedResource[];
    try {
      created = await knex.transaction((trx) =>
        insertNumberedResources(
          trx,
          { id: source.institution_id, registration_number: source.registration_number },
          items.map((item) => ({
            columns: { ...columns, serial_number: item.serialNumber, inventory_number: item.inventoryNumber },
            typeId: source.type_id,
            subtypeId: source.subtype_id,
            status,
          })),
          actor,
        ),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'resources_serial_uq') || isUniqueViolation(error, 'resources_inventory_uq')) {
        throw conflict('COPY_CONFLICT', {
          lv: 'Kamēr kopijas tika saglabātas, cits lietotājs reģistrēja resursu ar kādu no šiem numuriem. Atveriet kopēšanu vēlreiz.',
          en: 'While the copies were being saved, another user registered a resource with one of these numbers. Open the copy form again.',
        });
      }
      throw error;
    }
    strapi.log.info('Resource copied', {
      sourceId: source.id,
      copies: created.length,
      first: created[0]?.number,
      profileId: actor.profile.id,
    });
    return created.map((row) => ({ id: row.id, number: row.number }));
  },
});
