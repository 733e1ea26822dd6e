import type { Core } from '@strapi/strapi';
import * as yup from 'yup';
import type { ScopedActor } from '../../../lib/actor';
import { knexOf, newRowColumns } from '../../../lib/db';
import { DomainError, forbidden, invalid, notFound, type LocalizedText } from '../../../lib/errors';
import { sendMail } from '../../../lib/mail';
import { applyScope, type InstitutionRow } from '../../../lib/scope';
import { idField, parseId, personalCodeField, validateInput } from '../../../lib/validation';

const institutionSchema = yup
  .object({
    address: yup.string().trim().max(300).nullable(),
    town: yup.string().trim().max(100).nullable(),
    email: yup.string().trim().email().max(200).nullable(),
    phone: yup.string().trim().max(32).nullable(),
  })
  .noUnknown();

const contactsSchema = yup
  .object({
    contacts: yup
      .array(
        yup
          .object({
            role: yup.string().oneOf(['director', 'handover_responsible', 'ict_support', 'data_protection']).required(),
            firstName: yup.string().trim().max(100).required(),
            lastName: yup.string().trim().max(100).required(),
            email: yup.string().trim().email().max(200).nullable(),
            phone: yup.string().trim().max(32).nullable(),
          })
          .noUnknown(),
      )
      .max(20)
      .required(),
  })
  .noUnknown();

const settingsSchema = yup
  .object({
    acceptsApplications: yup.boolean().required(),
    subtypes: yup
      .array(
        yup
          .object({
            subtypeId: idField().required(),
            open: yup.boolean().required(),
            canApply: yup.string().oneOf(['learners', 'employees', 'all']).required(),
          })
          .noUnknown(),
      )
      .required(),
  })
  .noUnknown();

const activationSchema = yup
  .object({
    director: yup
      .object({
        personalCode: personalCodeField(),
        firstName: yup.string().trim().max(100).required(),
        lastName: yup.string().trim().max(100).required(),
        email: yup.string().trim().email().max(200).nullable(),
      })
      .noUnknown()
      .required(),
    acceptApplications: yup.boolean().default(false),
  })
  .noUnknown();

const NO_OPEN_SUBTYPE_MESSAGE: LocalizedText = {
  lv: 'Iestāde nevar pieņemt pieteikumus, ja tai nav neviena atvērta resursa apakštipa: vecāki redzētu tukšu resursu sarakstu. Atveriet vismaz vienu apakštipu.',
  en: 'The institution cannot accept applications without at least one active resource subtype, because parents would see an empty list of resources. Activate at least one subtype.',
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function findInScope(actor: ScopedActor, idParam: unknown): Promise<InstitutionRow> {
    const id = parseId(idParam);
    const institution = await applyScope(knexOf(strapi)<InstitutionRow>('institutions').where('id', id), actor.profile.scope, 'id').first();
    if (!institution) {
      throw notFound('INSTITUTION_NOT_FOUND', { lv: 'Izglītības iestāde nav atrasta.', en: 'Education institution not found.' });
    }
    return institution;
  }

  return {
    async update(actor: ScopedActor, idParam: unknown, body: unknown) {
      const institution = await findInScope(actor, idParam);
      const raw = body as Record<string, unknown>;
      const input = validateInput(institutionSchema, { address: raw?.address, town: raw?.town, email: raw?.email, phone: raw?.phone });
      await knexOf(strapi)('institutions')
        .where('id', institution.id)
        .update({ address: input.address ?? null, town: input.town ?? null, email: input.email ?? null, phone: input.phone ?? null, updated_at: new Date() });
      return { id: institution.id };
    },

    async contacts(actor: ScopedActor, idParam: unknown) {
      const institution = await findInScope(actor, idParam);
      return knexOf(strapi)('institution_contacts').where('institution_id', institution.id).orderBy('id').select('id', 'role', 'first_name', 'last_name', 'email', 'phone');
    },

    /** Replaces the institution's contact persons with the given list in one transaction. */
    async replaceContacts(actor: ScopedActor, idParam: unknown, body: unknown) {
      const institution = await findInScope(actor, idParam);
      const input = validateInput(contactsSchema, body);
      await knexOf(strapi).transaction(async (trx) => {
        await trx('institution_contacts').where('institution_id', institution.id).delete();
        if (input.contacts.length > 0) {
          await trx('institution_contacts').insert(
            input.contacts.map((contact) => ({
              ...newRowColumns(),
              institution_id: institution.id,
              role: contact.role,
              first_name: contact.firstName,
              last_name: contact.lastName,
              email: contact.email ?? null,
              phone: contact.phone ?? null,
            })),
          );
        }
      });
      return { id: institution.id, count: input.contacts.length };
    },

    async settings(actor: ScopedActor, idParam: unknown) {
      const institution = await findInScope(actor, idParam);
      const knex = knexOf(strapi);
      const subtypes = await knex('resource_subtypes as s')
        .leftJoin('subtype_settings as ss', function joinSetting() {
          this.on('ss.subtype_id', '=', 's.id').andOnVal('ss.institution_id', '=', institution.id);
        })
        .where('s.active', true)
        .orderBy('s.id')
        .select('s.id as subtype_id', 's.code', 's.label_lv', 's.label_en', knex.raw('coalesce(ss.open, false) as open'), knex.raw("coalesce(ss.can_apply, 'learners') as can_apply"));
      return { id: institution.id, acceptsApplications: institution.accepts_applications, status: institution.status, subtypes };
    },

    /**
     * Saves the application settings. Accepting applications with no open subtype is rejected,
     * because parents would reach an empty resource list.
     */
    async saveSettings(actor: ScopedActor, idParam: unknown, body: unknown) {
      const institution = await findInScope(actor, idParam);
      const input = validateInput(settingsSchema, body);
      const knex = knexOf(strapi);
      const known = new Set(await knex('resource_subtypes').whereIn('id', input.subtypes.map((setting) => setting.subtypeId)).pluck('id'));
      input.subtypes.forEach((setting, index) => {
        if (!known.has(setting.subtypeId)) {
          throw invalid(
            'SUBTYPE_NOT_FOUND',
            { lv: 'Resursa apakštips neeksistē.', en: 'The resource subtype does not exist.' },
            `subtypes[${index}].subtypeId`,
          );
        }
      });
      await knex.transaction(async (trx) => {
        for (const setting of input.subtypes) {
          await trx('subtype_settings')
            .insert({ ...newRowColumns(), institution_id: institution.id, subtype_id: setting.subtypeId, open: setting.open, can_apply: setting.canApply })
            .onConflict(['institution_id', 'subtype_id'])
            .merge({ open: setting.open, can_apply: setting.canApply, updated_at: new Date() });
        }
        const [{ count: open }] = await trx('subtype_settings').where({ institution_id: institution.id, open: true }).count({ count: '*' });
        if (input.acceptsApplications && Number(open) === 0) {
          throw new DomainError(422, 'NO_OPEN_SUBTYPE', NO_OPEN_SUBTYPE_MESSAGE, 'acceptsApplications');
        }
        await trx('institutions').where('id', institution.id).update({ accepts_applications: input.acceptsApplications, updated_at: new Date() });
      });
      return { id: institution.id };
    },

    /**
     * Activates a school: grants its director the institution administrator profile, optionally
     * turns applications on, and e-mails the director (or the school) that the school can start. Only a supervisor
     * administrator of the school's founder, or a state administrator, may do this.
     */
    async activate(actor: ScopedActor, idParam: unknown, body: unknown) {
      if (actor.profile.level === 'institution') {
        throw forbidden('LEVEL_ABOVE_OWN', {
          lv: 'Iestādi aktivizē tās vadošās iestādes administrators.',
          en: 'An institution is activated by an administrator of its supervisor.',
        });
      }
      const institution = await findInScope(actor, idParam);
      const input = validateInput(activationSchema, body);
      const knex = knexOf(strapi);
      const result = await knex.transaction(async (trx) => {
        if (input.acceptApplications) {
          const [{ count: open }] = await trx('subtype_settings').where({ institution_id: institution.id, open: true }).count({ count: '*' });
          if (Number(open) === 0) {
            throw new DomainError(422, 'NO_OPEN_SUBTYPE', NO_OPEN_SUBTYPE_MESSAGE, 'acceptApplications');
          }
        }
        let user = await trx('up_users').where('personal_code', input.director.personalCode).first('id');
        if (!user) {
          const username = `lv-${newRowColumns().document_id}`;
          [user] = await trx('up_users')
            .insert({
              ...newRowColumns(),
              username,
              email: `${username}@users.rumis.invalid`,
              provider: 'latvija.lv',
              confirmed: true,
              blocked: false,
              personal_code: input.director.personalCode,
              first_name: input.director.firstName,
              last_name: input.director.lastName,
            })
            .returning(['id']);
        }
        const [profile] = await trx('profiles')
          .insert({
            ...newRowColumns(),
            user_id: user.id,
            level: 'institution',
            institution_id: institution.id,
            roles: JSON.stringify(['admin']),
            email: input.director.email ?? null,
            job_title: 'Direktors',
            blocked: false,
          })
          .returning(['id']);
        await trx('institutions')
          .where('id', institution.id)
          .update({ status: 'active', accepts_applications: input.acceptApplications, activated_at: new Date(), updated_at: new Date() });
        return { id: institution.id, directorUserId: user.id as number, profileId: profile.id as number };
      });

      // The notice goes to the director's address from the dialog, or else to the school's own address.
      let emailRecipient: 'director' | 'institution' | null = null;
      let recipient: string | null = null;
      if (input.director.email) {
        emailRecipient = 'director';
        recipient = input.director.email;
      } else if (institution.email) {
        emailRecipient = 'institution';
        recipient = institution.email;
      }
      let emailStatus: 'sent' | 'failed' | 'no_address' = 'no_address';
      if (recipient) {
        emailStatus = await sendMail(
          strapi,
          {
            to: recipient,
            subject: 'RUMIS: iestāde aktivizēta / institution activated',
            text:
              `Labdien!\n\n${institution.name} ir aktivizēta RUMIS sistēmā. Direktoram piešķirtas iestādes administratora tiesības; ` +
              `pieslēdzieties ar latvija.lv, lai sāktu darbu.\n\n` +
              `${institution.name} has been activated in RUMIS. The director has institution administrator rights; log in through latvija.lv to start.`,
          },
          { purpose: 'institution activation', institutionId: institution.id },
        );
      } else {
        strapi.log.warn('Activation e-mail not sent: neither the director nor the institution has an e-mail address', { institutionId: institution.id });
      }
      strapi.log.info('Institution activated', { institutionId: institution.id, byProfileId: actor.profile.id });
      // The activation is kept whatever became of the e-mail. emailStatus and emailRecipient tell the panel which notice to show.
      return { ...result, emailSent: emailStatus === 'sent', emailStatus, emailRecipient };
    },

    async deactivate(actor: ScopedActor, idParam: unknown) {
      if (actor.profile.level === 'institution') {
        throw forbidden('LEVEL_ABOVE_OWN', {
          lv: 'Iestādi deaktivizē tās vadošās iestādes administrators.',
          en: 'An institution is deactivated by an administrator of its supervisor.',
        });
      }
      const institution = await findInScope(actor, idParam);
      await knexOf(strapi)('institutions').where('id', institution.id).update({ status: 'inactive', accepts_applications: false, updated_at: new Date() });
      strapi.log.info('Institution deactivated', { institutionId: institution.id, byProfileId: actor.profile.id });
      return { id: institution.id, status: 'inactive' };
    },
  };
};
