import type { Core } from '@strapi/strapi';
import * as yup from 'yup';
import { knexOf, newRowColumns, nextSequence, isUniqueViolation, type Db } from '../../../lib/db';
import { conflict, invalid, notFound, DomainError } from '../../../lib/errors';
import { resolveInstitution, type InstitutionRow } from '../../../lib/scope';
import type { Actor } from '../../../lib/session';
import { idField, validateInput, personalCodeField, isoDateField } from '../../../lib/validation';
import { applicationActiveKey, canApplyAdmits } from '../../../domain/application-rules';

const personSchema = {
  personalCode: personalCodeField(),
  firstName: yup.string().trim().max(100).required(),
  lastName: yup.string().trim().max(100).required(),
};

const applicationBodySchema = {
  subtypeId: idField(),
  subtypeCode: yup.string().trim(),
  applicant: yup
    .object({
      ...personSchema,
      role: yup.string().oneOf(['parent_guardian', 'learner', 'employee', 'institution']).required(),
      email: yup.string().trim().email().max(200).nullable(),
      phone: yup.string().trim().max(32).nullable(),
    })
    .noUnknown()
    .required(),
  resourceUser: yup
    .object({
      ...personSchema,
      kind: yup.string().oneOf(['learner', 'employee']).required(),
      grade: yup
        .number()
        .integer()
        .min(1)
        .max(12)
        .nullable()
        .when('kind', {
          is: 'learner',
          then: (schema) => schema.required({ lv: 'Izglītojamajam jānorāda klase (1–12).', en: 'Enter the grade (1–12) of the learner.' }),
        }),
      classLetter: yup.string().trim().max(4).nullable(),
      programme: yup.string().trim().max(200).nullable(),
    })
    .noUnknown()
    .required(),
  socialSupport: yup.boolean().default(false),
  socialStatuses: yup.array(yup.string().required()).default([]),
  notes: yup.string().max(2000).nullable(),
};

/** Body the e-service sends: the institution by its registration number. */
export const eserviceApplicationSchema = yup
  .object({
    institutionRegistrationNumber: yup
      .string()
      .trim()
      .matches(/^\d{10}$/, {
        lv: 'Iestādes reģistrācijas numuram jābūt 10 cipariem.',
        en: 'The registration number of the institution must have 10 digits.',
      })
      .required(),
    ...applicationBodySchema,
  })
  .noUnknown();

/** Body a registrar sends from the panel: the basis document is required. */
export const panelApplicationSchema = yup
  .object({
    institutionId: idField().nullable(),
    ...applicationBodySchema,
    basisDocumentNumber: yup.string().trim().max(100).required(),
    basisDocumentDate: isoDateField().required(),
  })
  .noUnknown();

type CommonInput = yup.InferType<typeof eserviceApplicationSchema>;

interface SubmissionContext {
  source: 'eservice' | 'panel';
  institution: InstitutionRow;
  input: Omit<CommonInput, 'institutionRegistrationNumber'>;
  basisDocument?: { number: string; date: string };
  actor?: Actor;
}

async function resolveSubtypeId(db: Db, input: { subtypeId?: number; subtypeCode?: string }): Promise<number> {
  if (!input.subtypeId && !input.subtypeCode) {
    throw invalid(
      'FIELD_REQUIRED',
      { lv: 'Norādiet pieprasīto resursa apakštipu.', en: 'Choose the requested resource subtype.' },
      'subtypeCode',
    );
  }
  const query = db('resource_subtypes').where('active', true);
  const row = input.subtypeId ? await query.where('id', input.subtypeId).first('id') : await query.where('code', input.subtypeCode).first('id');
  if (!row) {
    throw invalid(
      'SUBTYPE_NOT_FOUND',
      { lv: 'Pieprasītais resursa apakštips neeksistē.', en: 'The requested resource subtype does not exist.' },
      input.subtypeId ? 'subtypeId' : 'subtypeCode',
    );
  }
  return row.id;
}

async function checkSocialStatuses(db: Db, socialSupport: boolean, codes: string[]): Promise<void> {
  if (socialSupport && codes.length === 0) {
    throw invalid(
      'SOCIAL_STATUS_REQUIRED',
      {
        lv: 'Ja lietotājs pieder sociālā atbalsta grupai, norādiet vismaz vienu grupu.',
        en: 'If the user belongs to a social-support group, choose at least one group.',
      },
      'socialStatuses',
    );
  }
  if (!socialSupport && codes.length > 0) {
    throw invalid(
      'SOCIAL_STATUS_UNEXPECTED',
      {
        lv: 'Sociālā atbalsta grupas norāda tikai tad, ja lietotājs tām pieder.',
        en: 'Social-support groups are given only when the user belongs to one.',
      },
      'socialStatuses',
    );
  }
  if (codes.length > 0) {
    const known = await db('social_statuses').whereIn('code', codes).where('active', true).pluck('code');
    const unknown = codes.filter((code) => !known.includes(code));
    if (unknown.length > 0) {
      throw invalid(
        'SOCIAL_STATUS_UNKNOWN',
        { lv: `Nezināma sociālā atbalsta grupa: ${unknown.join(', ')}.`, en: `Unknown social-support group: ${unknown.join(', ')}.` },
        'socialStatuses',
      );
    }
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function submit(context: SubmissionContext): Promise<{ id: number; number: string; duplicateElsewhere: boolean }> {
    const knex = knexOf(strapi);
    const { institution, input } = context;

    if (institution.status !== 'active' || !institution.accepts_applications) {
      throw new DomainError(
        422,
        'INSTITUTION_NOT_ACCEPTING',
        {
          lv: `Iestāde "${institution.name}" pašlaik nepieņem pieteikumus.`,
          en: `The institution "${institution.name}" is not accepting applications at the moment.`,
        },
        context.source === 'eservice' ? 'institutionRegistrationNumber' : 'institutionId',
      );
    }
    const subtypeId = await resolveSubtypeId(knex, input);
    const setting = await knex('subtype_settings').where({ institution_id: institution.id, subtype_id: subtypeId }).first('open', 'can_apply');
    if (!setting || !setting.open) {
      throw new DomainError(
        422,
        'SUBTYPE_CLOSED',
        {
          lv: 'Šim resursa apakštipam iestāde pašlaik nepieņem pieteikumus.',
          en: 'The institution is not accepting applications for this resource subtype at the moment.',
        },
        input.subtypeId ? 'subtypeId' : 'subtypeCode',
      );
    }
    const userKind = input.resourceUser.kind as 'learner' | 'employee';
    if (!canApplyAdmits(setting.can_apply, userKind)) {
      throw new DomainError(
        422,
        'SUBTYPE_NOT_OPEN_FOR_USER',
        userKind === 'learner'
          ? { lv: 'Šim resursa apakštipam var pieteikties tikai darbinieki.', en: 'Only employees can apply for this resource subtype.' }
          : { lv: 'Šim resursa apakštipam var pieteikties tikai izglītojamie.', en: 'Only learners can apply for this resource subtype.' },
        'resourceUser.kind',
      );
    }
    if (input.applicant.role === 'learner' && input.applicant.personalCode !== input.resourceUser.personalCode) {
      throw invalid(
        'APPLICANT_MISMATCH',
        {
          lv: 'Izglītojamais var pieteikties tikai sev: iesniedzēja un lietotāja personas kodiem jāsakrīt.',
          en: 'A learner can apply only for themselves: the personal codes of the applicant and the resource user must match.',
        },
        'resourceUser.personalCode',
      );
    }
    await checkSocialStatuses(knex, input.socialSupport, input.socialStatuses);

    const activeKey = applicationActiveKey(institution.id, subtypeId, input.resourceUser.personalCode);
    const duplicateMessage = {
      lv: 'Šim lietotājam jau ir aktīvs pieteikums šim resursa apakštipam šajā iestādē.',
      en: 'This resource user already has an active application for this resource subtype at this institution.',
    };
    if (await knex('applications').where('active_key', activeKey).first('id')) {
      throw conflict('APPLICATION_DUPLICATE', duplicateMessage, 'resourceUser.personalCode');
    }

    try {
      return await knex.transaction(async (trx) => {
        const sequence = await nextSequence(trx, institution.id, 'application');
        const number = `PIE-${institution.registration_number}-${sequence}`;
        const now = new Date();
        // The same person applying for the same subtype at another institution is allowed, but
        // both applications are flagged for the reviewers.
        const elsewhere = await trx('applications')
          .where({ user_personal_code: input.resourceUser.personalCode, subtype_id: subtypeId })
          .whereNot('institution_id', institution.id)
          .whereNotNull('active_key')
          .pluck('id');
        const [row] = await trx('applications')
          .insert({
            ...newRowColumns(now),
            number,
            sequence,
            institution_id: institution.id,
            subtype_id: subtypeId,
            submitted_at: now,
            source: context.source,
            applicant_personal_code: input.applicant.personalCode,
            applicant_first_name: input.applicant.firstName,
            applicant_last_name: input.applicant.lastName,
            applicant_role: input.applicant.role,
            applicant_email: input.applicant.email ?? null,
            applicant_phone: input.applicant.phone ?? null,
            user_personal_code: input.resourceUser.personalCode,
            user_first_name: input.resourceUser.firstName,
            user_last_name: input.resourceUser.lastName,
            user_kind: userKind,
            grade: input.resourceUser.grade ?? null,
            class_letter: input.resourceUser.classLetter ?? null,
            programme: input.resourceUser.programme ?? null,
            social_support: input.socialSupport,
            social_statuses: JSON.stringify(input.socialStatuses),
            notes: input.notes ?? null,
            status: 'submitted',
            basis_document_number: context.basisDocument?.number ?? null,
            basis_document_date: context.basisDocument?.date ?? null,
            active_key: activeKey,
            duplicate_elsewhere: elsewhere.length > 0,
          })
          .returning(['id', 'number']);
        if (elsewhere.length > 0) {
          await trx('applications').whereIn('id', elsewhere).update({ duplicate_elsewhere: true });
        }
        await trx('application_status_changes').insert({
          ...newRowColumns(now),
          application_id: row.id,
          from_status: null,
          to_status: 'submitted',
          changed_at: now,
          user_id: context.actor?.userId ?? null,
          profile_id: context.actor?.profile?.id ?? null,
        });
        strapi.log.info('Application submitted', { applicationId: row.id, number, source: context.source, institutionId: institution.id });
        return { id: row.id as number, number: row.number as string, duplicateElsewhere: elsewhere.length > 0 };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'applications_active_key_uq')) {
        throw conflict('APPLICATION_DUPLICATE', duplicateMessage, 'resourceUser.personalCode');
      }
      throw error;
    }
  }

  return {
    /** Submits an application received from the national e-service. */
    async submitFromEservice(body: unknown) {
      const input = validateInput(eserviceApplicationSchema, body);
      const institution = await knexOf(strapi)<InstitutionRow>('institutions').where('registration_number', input.institutionRegistrationNumber).first();
      if (!institution) {
        throw notFound('INSTITUTION_NOT_FOUND', {
          lv: `Izglītības iestāde ar reģistrācijas numuru ${input.institutionRegistrationNumber} nav atrasta.`,
          en: `No education institution with the registration number ${input.institutionRegistrationNumber} was found.`,
        });
      }
      return submit({ source: 'eservice', institution, input });
    },

    /** Registers an application received on paper or decided by a school commission. */
    async registerFromPanel(actor: Actor & { profile: NonNullable<Actor['profile']> }, body: unknown) {
      const input = validateInput(panelApplicationSchema, body);
      const institution = await resolveInstitution(knexOf(strapi), actor.profile, input.institutionId);
      return submit({
        source: 'panel',
        institution,
        input,
        basisDocument: { number: input.basisDocumentNumber, date: input.basisDocumentDate },
        actor,
      });
    },
  };
};
