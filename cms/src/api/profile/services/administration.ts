import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import * as yup from 'yup';
import { ACCESS_LEVELS, normalizePersonalCode } from '@rumis/access';
import type { ScopedActor } from '../../../lib/actor';
import { applyProfileScope, applyUserScope } from '../../../lib/admin-scope';
import { addDays, isoDate, knexOf, latvianToday, newRowColumns, parseJsonColumn } from '../../../lib/db';
import { conflict, forbidden, invalid, notFound, type DomainError } from '../../../lib/errors';
import { endSessionsOfProfile } from '../../../lib/session';
import { idField, isoDateField, parseId, personalCodeField, validateInput } from '../../../lib/validation';
import { ADMIN_AND_DAILY_MESSAGE, administrationProblem, rolesProblem, type ProfileTarget } from '../../../domain/profile-rules';

const profileSchema = yup
  .object({
    userId: idField().required(),
    level: yup.string().oneOf([...ACCESS_LEVELS]).required(),
    supervisorId: idField().nullable(),
    institutionId: idField().nullable(),
    roles: yup.array(yup.string().required()).required(),
    validUntil: isoDateField().nullable(),
    email: yup.string().trim().email().max(200).nullable(),
    phone: yup.string().trim().max(32).nullable(),
    jobTitle: yup.string().trim().max(200).nullable(),
    basisDocumentNumber: yup.string().trim().max(100).nullable(),
    basisDocumentDate: isoDateField().nullable(),
    blocked: yup.boolean().default(false),
  })
  .noUnknown();

type ProfileInput = yup.InferType<typeof profileSchema>;

const userSchema = yup
  .object({
    personalCode: personalCodeField(),
    firstName: yup.string().trim().max(100).required(),
    lastName: yup.string().trim().max(100).required(),
  })
  .noUnknown();

const userUpdateSchema = yup
  .object({
    firstName: yup.string().trim().max(100).required(),
    lastName: yup.string().trim().max(100).required(),
    blocked: yup.boolean().required(),
  })
  .noUnknown();

/** Fields whose change ends the sessions acting as the profile. */
const SESSION_ENDING_COLUMNS = ['level', 'supervisor_id', 'institution_id', 'roles', 'valid_until', 'blocked'] as const;

function rolesMessage(problem: NonNullable<ReturnType<typeof rolesProblem>>): DomainError {
  switch (problem) {
    case 'empty':
      return invalid(
        'ROLES_REQUIRED',
        { lv: 'Profilam jānorāda vismaz viena loma.', en: 'Choose at least one role for the profile.' },
        'roles',
      );
    case 'unknown':
      return invalid('ROLE_UNKNOWN', { lv: 'Norādīta nezināma loma.', en: 'An unknown role was given.' }, 'roles');
    case 'duplicate':
      return invalid(
        'ROLE_DUPLICATE',
        { lv: 'Katru lomu var norādīt tikai vienu reizi.', en: 'Each role can be given only once.' },
        'roles',
      );
    case 'admin_and_daily':
      return invalid('ROLES_ADMIN_AND_DAILY', ADMIN_AND_DAILY_MESSAGE, 'roles');
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Resolves and checks the profile's object against its level and the administrator's rights. */
  async function resolveTarget(db: Knex | Knex.Transaction, actor: ScopedActor, input: ProfileInput): Promise<ProfileTarget> {
    const target: ProfileTarget = { level: input.level, supervisorId: null, institutionId: null, institutionSupervisorId: null };
    if (input.level === 'municipality') {
      if (!input.supervisorId) {
        throw invalid(
          'FIELD_REQUIRED',
          { lv: 'Vadošās iestādes līmeņa profilam jānorāda vadošā iestāde.', en: 'A supervisor-level profile needs a supervisor.' },
          'supervisorId',
        );
      }
      const supervisor = await db('supervisors').where('id', input.supervisorId).first('id');
      if (!supervisor) {
        throw notFound('SUPERVISOR_NOT_FOUND', { lv: 'Vadošā iestāde nav atrasta.', en: 'Supervisor not found.' });
      }
      target.supervisorId = supervisor.id;
    }
    if (input.level === 'institution') {
      if (!input.institutionId) {
        throw invalid(
          'FIELD_REQUIRED',
          {
            lv: 'Izglītības iestādes līmeņa profilam jānorāda iestāde.',
            en: 'An institution-level profile needs an education institution.',
          },
          'institutionId',
        );
      }
      const institution = await db('institutions').where('id', input.institutionId).first('id', 'supervisor_id');
      if (!institution) {
        throw notFound('INSTITUTION_NOT_FOUND', { lv: 'Izglītības iestāde nav atrasta.', en: 'Education institution not found.' });
      }
      target.institutionId = institution.id;
      target.institutionSupervisorId = institution.supervisor_id;
    }
    const problem = administrationProblem(actor.profile, target);
    if (problem === 'level_above') {
      throw forbidden('LEVEL_ABOVE_OWN', {
        lv: 'Administrators var piešķirt tiesības tikai savā līmenī vai zemāk.',
        en: 'An administrator can grant rights only at their own level or below.',
      });
    }
    if (problem === 'outside_object') {
      // An object outside the administrator's own is reported as not found, so its existence does not leak.
      throw notFound(target.level === 'municipality' ? 'SUPERVISOR_NOT_FOUND' : 'INSTITUTION_NOT_FOUND', {
        lv: 'Objekts nav atrasts jūsu pārziņā.',
        en: 'The object was not found among those you manage.',
      });
    }
    return target;
  }

  function checkProfileInput(input: ProfileInput, creating: boolean): void {
    const problem = rolesProblem(input.roles);
    if (problem) {
      throw rolesMessage(problem);
    }
    if (creating && input.validUntil && input.validUntil < latvianToday()) {
      throw invalid(
        'VALID_UNTIL_PAST',
        { lv: 'Derīguma termiņš nevar būt pagātnē.', en: 'The valid-until date cannot be in the past.' },
        'validUntil',
      );
    }
  }

  function profileColumns(input: ProfileInput, target: ProfileTarget) {
    return {
      level: target.level,
      supervisor_id: target.supervisorId,
      institution_id: target.institutionId,
      roles: JSON.stringify(input.roles),
      valid_until: input.validUntil ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      job_title: input.jobTitle ?? null,
      basis_document_number: input.basisDocumentNumber ?? null,
      basis_document_date: input.basisDocumentDate ?? null,
      blocked: input.blocked,
    };
  }

  async function findManagedProfile(db: Knex | Knex.Transaction, actor: ScopedActor, id: number) {
    const profile = await applyProfileScope(db('profiles as p').where('p.id', id), actor.profile.scope).forUpdate().first('p.*');
    if (!profile) {
      throw notFound('PROFILE_NOT_FOUND', { lv: 'Profils nav atrasts.', en: 'Profile not found.' });
    }
    return profile;
  }

  return {
    async createProfile(actor: ScopedActor, body: unknown): Promise<{ id: number }> {
      const input = validateInput(profileSchema, body);
      checkProfileInput(input, true);
      const knex = knexOf(strapi);
      const target = await resolveTarget(knex, actor, input);
      const user = await knex('up_users').where('id', input.userId).first('id');
      if (!user) {
        throw notFound('USER_NOT_FOUND', { lv: 'Lietotājs nav atrasts.', en: 'User not found.' });
      }
      const [row] = await knex('profiles')
        .insert({ ...newRowColumns(), user_id: user.id, ...profileColumns(input, target) })
        .returning(['id']);
      strapi.log.info('Profile created', { profileId: row.id, userId: user.id, level: target.level, byProfileId: actor.profile.id });
      return { id: row.id };
    },

    /**
     * Saves a profile. Changing its roles, level, object, validity or blocked flag ends every
     * session acting as it, at once, so the new rights apply from the next request.
     */
    async updateProfile(actor: ScopedActor, idParam: unknown, body: unknown): Promise<{ id: number; sessionsEnded: number }> {
      const id = parseId(idParam);
      const raw = { ...(body as Record<string, unknown>) };
      for (const readOnly of ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'supervisorName', 'institutionName', 'userFirstName', 'userLastName', 'usable']) {
        delete raw[readOnly];
      }
      const input = validateInput(profileSchema, raw);
      checkProfileInput(input, false);
      if (id === actor.profile.id) {
        throw forbidden('OWN_PROFILE', {
          lv: 'Savu profilu mainīt nevar: to var izdarīt cits administrators.',
          en: 'You cannot change your own profile. Another administrator can do it.',
        });
      }
      return knexOf(strapi).transaction(async (trx) => {
        const current = await findManagedProfile(trx, actor, id);
        if (current.user_id !== input.userId) {
          throw invalid(
            'PROFILE_USER_CHANGE',
            { lv: 'Profila lietotāju mainīt nevar.', en: 'The person of a profile cannot be changed.' },
            'userId',
          );
        }
        const target = await resolveTarget(trx, actor, input);
        const columns = profileColumns(input, target);
        await trx('profiles').where('id', id).update({ ...columns, updated_at: new Date() });
        const previous: Record<string, unknown> = { ...current, roles: JSON.stringify(parseJsonColumn(current.roles, [])), valid_until: isoDate(current.valid_until) };
        const changed = SESSION_ENDING_COLUMNS.some((column) => String(previous[column] ?? '') !== String(columns[column] ?? ''));
        const sessionsEnded = changed ? await endSessionsOfProfile(strapi, id, trx) : 0;
        strapi.log.info('Profile updated', { profileId: id, sessionsEnded, byProfileId: actor.profile.id });
        return { id, sessionsEnded };
      });
    },

    /** Ends a profile: it stays on record, valid until yesterday, and its sessions end. */
    async endProfile(actor: ScopedActor, idParam: unknown): Promise<{ id: number }> {
      const id = parseId(idParam);
      if (id === actor.profile.id) {
        throw forbidden('OWN_PROFILE', {
          lv: 'Savu profilu izbeigt nevar: to var izdarīt cits administrators.',
          en: 'You cannot end your own profile. Another administrator can do it.',
        });
      }
      return knexOf(strapi).transaction(async (trx) => {
        // Profiles in the administrator's scope are at its own level or below, so no level check is needed here.
        await findManagedProfile(trx, actor, id);
        await trx('profiles').where('id', id).update({ valid_until: addDays(latvianToday(), -1), updated_at: new Date() });
        await endSessionsOfProfile(strapi, id, trx);
        strapi.log.info('Profile ended', { profileId: id, byProfileId: actor.profile.id });
        return { id };
      });
    },

    /**
     * Registers a person, or returns the existing user with that personal code so that an
     * administrator can give a profile to someone who already works elsewhere.
     */
    async createUser(actor: ScopedActor, body: unknown): Promise<{ id: number; existing: boolean }> {
      const input = validateInput(userSchema, body);
      const personalCode = normalizePersonalCode(input.personalCode);
      const knex = knexOf(strapi);
      const existing = await knex('up_users').where('personal_code', personalCode).first('id');
      if (existing) {
        return { id: existing.id, existing: true };
      }
      const username = `lv-${newRowColumns().document_id}`;
      const { scope } = actor.profile;
      const [row] = await knex('up_users')
        .insert({
          ...newRowColumns(),
          username,
          email: `${username}@users.rumis.invalid`,
          provider: 'latvija.lv',
          confirmed: true,
          blocked: false,
          personal_code: personalCode,
          first_name: input.firstName,
          last_name: input.lastName,
          registered_supervisor_id: scope.kind === 'supervisor' ? scope.supervisorId : null,
          registered_institution_id: scope.kind === 'institution' ? scope.institutionId : null,
        })
        .returning(['id']);
      strapi.log.info('User created', { userId: row.id, byProfileId: actor.profile.id });
      return { id: row.id, existing: false };
    },

    /**
     * Renames or blocks a person. Blocking affects every profile of the person, so an
     * administrator may block only someone whose profiles all lie within its own scope.
     */
    async updateUser(actor: ScopedActor, idParam: unknown, body: unknown): Promise<{ id: number }> {
      const id = parseId(idParam);
      const raw = body as Record<string, unknown>;
      const input = validateInput(userUpdateSchema, { firstName: raw?.firstName, lastName: raw?.lastName, blocked: raw?.blocked });
      const knex = knexOf(strapi);
      const user = await applyUserScope(knex('up_users as u').where('u.id', id), actor.profile.scope, knex).first('u.id', 'u.blocked');
      if (!user) {
        throw notFound('USER_NOT_FOUND', { lv: 'Lietotājs nav atrasts.', en: 'User not found.' });
      }
      if (input.blocked !== user.blocked) {
        if (id === actor.userId) {
          throw forbidden('OWN_USER', { lv: 'Sevi bloķēt nevar.', en: 'You cannot block yourself.' });
        }
        const [{ count: outside }] = await knex('profiles as p')
          .where('p.user_id', id)
          .whereNotIn('p.id', applyProfileScope(knex('profiles as p').select('p.id'), actor.profile.scope))
          .count({ count: '*' });
        if (Number(outside) > 0) {
          throw conflict(
            'USER_HAS_OTHER_PROFILES',
            {
              lv: 'Lietotājam ir profili ārpus jūsu pārziņas: bloķējiet viņa profilu savā iestādē, nevis lietotāju.',
              en: 'The user has profiles outside your scope. Block their profile at your institution instead of the user.',
            },
            'blocked',
          );
        }
      }
      await knex.transaction(async (trx) => {
        await trx('up_users').where('id', id).update({ first_name: input.firstName, last_name: input.lastName, blocked: input.blocked, updated_at: new Date() });
        if (input.blocked && !user.blocked) {
          await trx('rumis_sessions').where('user_id', id).delete();
        }
      });
      strapi.log.info('User updated', { userId: id, blocked: input.blocked, byProfileId: actor.profile.id });
      return { id };
    },
  };
};
