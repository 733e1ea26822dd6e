import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadConfig } from '@rumis/config';
import { DocumentError, defaultTemplatePath, pickTemplate, renderDocument, type DocumentFormat } from '@rumis/documents';
import { knexOf, latvianToday } from '../../../lib/db';
import { DomainError, notFound } from '../../../lib/errors';
import { applyScope } from '../../../lib/scope';
import type { Actor } from '../../../lib/session';

type ScopedActor = Actor & { profile: NonNullable<Actor['profile']> };
type DocumentKind = 'handover-act' | 'return-act';

/** Placeholder used for values that do not exist yet, such as the return date of an issued act. */
const NOT_YET = '—';

const RETURN_CONDITION_LV: Record<string, string> = { working: 'Atgriezts darba kārtībā', damaged: 'Bojāts' };

function formatDate(value: string | Date | null | undefined): string | null {
  if (!value) {
    return null;
  }
  const iso = typeof value === 'string' ? value.slice(0, 10) : latvianToday(value);
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

function formatMoney(value: string | number | null): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  return `${new Intl.NumberFormat('lv-LV', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(value))} EUR`;
}

function fullName(first: string | null | undefined, last: string | null | undefined): string | null {
  const name = [first, last].filter(Boolean).join(' ').trim();
  return name || null;
}

const FIELD_LABELS_LV: Record<string, string> = {
  institutionPhone: 'iestādes tālrunis',
  institutionEmail: 'iestādes e-pasts',
  place: 'iestādes pilsēta',
  handoverResponsibleName: 'par pieņemšanu-nodošanu atbildīgā persona',
  handoverResponsiblePhone: 'par pieņemšanu-nodošanu atbildīgās personas tālrunis',
  handoverResponsibleEmail: 'par pieņemšanu-nodošanu atbildīgās personas e-pasts',
  ictContactName: 'IKT atbalsta persona',
  ictContactPhone: 'IKT atbalsta personas tālrunis',
  ictContactEmail: 'IKT atbalsta personas e-pasts',
  dataProtectionName: 'personas datu speciālists',
  dataProtectionPhone: 'personas datu speciālista tālrunis',
  dataProtectionEmail: 'personas datu speciālista e-pasts',
  value: 'resursa vērtība',
  manufacturer: 'resursa ražotājs',
  inventoryNumber: 'inventāra numurs',
  conditionAtIssue: 'stāvoklis izsniegšanas brīdī',
  issuerName: 'izsniedzējs',
  recipientName: 'saņēmējs',
};

const FIELD_LABELS_EN: Record<string, string> = {
  institutionPhone: "institution's phone",
  institutionEmail: "institution's e-mail",
  place: "institution's town",
  handoverResponsibleName: 'person responsible for handover',
  handoverResponsiblePhone: 'phone of the person responsible for handover',
  handoverResponsibleEmail: 'e-mail of the person responsible for handover',
  ictContactName: 'ICT support contact',
  ictContactPhone: "ICT support contact's phone",
  ictContactEmail: "ICT support contact's e-mail",
  dataProtectionName: 'data protection specialist',
  dataProtectionPhone: "data protection specialist's phone",
  dataProtectionEmail: "data protection specialist's e-mail",
  value: "resource's value",
  manufacturer: "resource's manufacturer",
  inventoryNumber: 'inventory number',
  conditionAtIssue: 'condition at issue',
  issuerName: 'issuer',
  recipientName: 'recipient',
};

/**
 * English messages for the document plugin's errors, which carry a Latvian message only. The
 * plugin's English `message` is written for the log and can name server paths.
 */
function documentErrorEnglish(error: DocumentError): string {
  switch (error.code) {
    case 'FORMAT_UNSUPPORTED':
      return 'This document format is not supported. Choose DOCX or PDF.';
    case 'TEMPLATE_INVALID':
      return 'The document template is not a valid DOCX or ODT file. Replace the template or contact the system administrator.';
    case 'TEMPLATE_PLACEHOLDER_MISSING':
      return `The document cannot be created because these template fields have no value: ${error.missingPlaceholders.map((name) => `{d.${name}}`).join(', ')}. Check the data of the act or the template.`;
    case 'TEMPLATE_UNREADABLE':
      return 'The document template cannot be read. Contact the system administrator.';
    case 'RENDER_FAILED':
      return 'The document could not be created from the template. Check the template or contact the system administrator.';
    case 'PDF_UNAVAILABLE':
      return 'PDF is not available on this server. Download the document in DOCX format.';
    case 'CONVERSION_UNAVAILABLE':
      return 'This server cannot convert an ODT template into a DOCX document. Replace the template with a DOCX template or contact the system administrator.';
    case 'CONVERSION_FAILED':
      return 'The document could not be converted. Download it in DOCX format, try again or contact the system administrator.';
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = loadConfig();

  /** Collects the act's data in the form the templates use; null marks a value that is missing. */
  async function collectData(actor: ScopedActor, actId: number, kind: DocumentKind) {
    const knex = knexOf(strapi);
    const act = await applyScope(
      knex('handover_acts as h')
        .join('applications as a', 'a.id', 'h.application_id')
        .join('resources as r', 'r.id', 'h.resource_id')
        .join('resource_subtypes as s', 's.id', 'r.subtype_id')
        .join('institutions as i', 'i.id', 'h.institution_id')
        .leftJoin('up_users as issuer', 'issuer.id', 'h.issued_by_user_id')
        .leftJoin('up_users as receiver', 'receiver.id', 'h.return_accepted_by_user_id')
        .where('h.id', actId),
      actor.profile.scope,
      'h.institution_id',
    ).first(
      'h.number',
      'h.status',
      'h.issued_on',
      'h.returned_on',
      'h.return_deadline',
      'h.condition_at_issue',
      'h.recipient_name',
      'h.return_condition',
      'h.return_notes',
      'h.institution_id',
      'a.user_first_name',
      'a.user_last_name',
      'a.applicant_first_name',
      'a.applicant_last_name',
      's.label_lv as subtype_label',
      'r.type_id',
      'r.manufacturer',
      'r.model',
      'r.serial_number',
      'r.inventory_number',
      'r.value_eur',
      'i.name as institution_name',
      'i.town',
      'i.phone as institution_phone',
      'i.email as institution_email',
      'i.supervisor_id',
      'issuer.first_name as issuer_first_name',
      'issuer.last_name as issuer_last_name',
      'receiver.first_name as receiver_first_name',
      'receiver.last_name as receiver_last_name',
    );
    if (!act) {
      throw notFound('HANDOVER_ACT_NOT_FOUND', { lv: 'Pieņemšanas-nodošanas akts nav atrasts.', en: 'Handover act not found.' });
    }
    if (kind === 'return-act' && act.status !== 'returned') {
      throw new DomainError(409, 'RETURN_ACT_NOT_AVAILABLE', {
        lv: 'Atgriešanas aktu var sagatavot tikai pēc tam, kad ierīce ir atgriezta.',
        en: 'The return act can be prepared only after the device has been returned.',
      });
    }
    const contacts = await knex('institution_contacts').where('institution_id', act.institution_id).select('role', 'first_name', 'last_name', 'phone', 'email');
    const contact = (role: string) => contacts.find((row) => row.role === role);
    const handover = contact('handover_responsible');
    const ict = contact('ict_support');
    const dataProtection = contact('data_protection');
    const currentUser = await knex('up_users').where('id', actor.userId).first('first_name', 'last_name');

    const data: Record<string, string | null> = {
      actNumber: act.number,
      place: act.town,
      issueDate: formatDate(act.issued_on) ?? formatDate(latvianToday()),
      returnDate: formatDate(act.returned_on) ?? NOT_YET,
      institutionName: act.institution_name,
      institutionPhone: act.institution_phone,
      institutionEmail: act.institution_email,
      handoverResponsibleName: fullName(handover?.first_name, handover?.last_name),
      handoverResponsiblePhone: handover?.phone ?? null,
      handoverResponsibleEmail: handover?.email ?? null,
      resourceUserName: fullName(act.user_first_name, act.user_last_name),
      recipientName: act.recipient_name ?? fullName(act.applicant_first_name, act.applicant_last_name),
      // The act names the device once: its kind, then the manufacturer and the model on lines of their own.
      resourceName: act.subtype_label,
      manufacturer: act.manufacturer,
      model: act.model,
      serialNumber: act.serial_number,
      inventoryNumber: act.inventory_number,
      value: formatMoney(act.value_eur),
      conditionAtIssue: act.condition_at_issue || 'Lietošanas kārtībā',
      returnDeadline: formatDate(act.return_deadline),
      ictContactName: fullName(ict?.first_name, ict?.last_name),
      ictContactPhone: ict?.phone ?? null,
      ictContactEmail: ict?.email ?? null,
      dataProtectionName: fullName(dataProtection?.first_name, dataProtection?.last_name),
      dataProtectionPhone: dataProtection?.phone ?? null,
      dataProtectionEmail: dataProtection?.email ?? null,
      issuerName: fullName(act.issuer_first_name, act.issuer_last_name) ?? fullName(currentUser?.first_name, currentUser?.last_name),
      returnAcceptedByName: fullName(act.receiver_first_name, act.receiver_last_name) ?? NOT_YET,
      returnCondition: act.return_condition ? RETURN_CONDITION_LV[act.return_condition] : NOT_YET,
      returnNotes: act.return_notes || NOT_YET,
    };
    return { act, data };
  }

  /** Reads the most specific valid template uploaded in the admin UI, or the shipped default. */
  async function loadTemplate(kind: DocumentKind, act: { type_id: number; institution_id: number; supervisor_id: number }): Promise<Buffer> {
    const knex = knexOf(strapi);
    const type = await knex('resource_types').where('id', act.type_id).first('code');
    const candidates = await knex('document_templates as t')
      .leftJoin('files_related_mph as m', function joinFile() {
        this.on('m.related_id', '=', 't.id').andOnVal('m.related_type', '=', 'plugin::documents.template').andOnVal('m.field', '=', 'file');
      })
      .leftJoin('files as f', 'f.id', 'm.file_id')
      .where('t.kind', kind)
      .select('t.id', 't.kind', 't.resource_type_code', 't.level', 't.supervisor_id', 't.institution_id', 't.valid_from', 't.valid_to', 't.active', 'f.url');
    const chosen = pickTemplate(
      candidates.map((row) => ({
        id: row.id,
        kind: row.kind,
        resourceTypeCode: row.resource_type_code,
        level: row.level,
        supervisorId: row.supervisor_id,
        institutionId: row.institution_id,
        validFrom: row.valid_from,
        validTo: row.valid_to,
        active: row.active,
        url: row.url,
      })),
      { kind, resourceTypeCode: type?.code ?? '', institutionId: act.institution_id, supervisorId: act.supervisor_id, on: new Date() },
    );
    if (chosen?.url) {
      return fs.readFile(path.join(strapi.dirs.static.public, chosen.url));
    }
    return fs.readFile(defaultTemplatePath(kind));
  }

  return {
    async render(actor: ScopedActor, actId: number, kind: DocumentKind, format: DocumentFormat) {
      const { act, data } = await collectData(actor, actId, kind);
      const missing = Object.entries(data)
        .filter(([, value]) => value === null || value === undefined || value === '')
        .map(([key]) => key);
      if (missing.length > 0) {
        throw new DomainError(422, 'DOCUMENT_DATA_MISSING', {
          lv: `Aktu nevar sagatavot, jo nav norādīts: ${missing.map((key) => FIELD_LABELS_LV[key] ?? key).join(', ')}. Papildiniet iestādes vai resursa datus.`,
          en: `The act cannot be prepared because these are missing: ${missing.map((key) => FIELD_LABELS_EN[key] ?? key).join(', ')}. Complete the data of the institution or the resource.`,
        });
      }
      const template = await loadTemplate(kind, act);
      try {
        const content = await renderDocument(template, data as Record<string, string>, format, { libreOfficeDir: config.libreOfficeDir });
        return {
          content,
          fileName: `${act.number}${kind === 'return-act' ? '-atgriesana' : ''}.${format}`,
          contentType:
            format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        };
      } catch (error) {
        if (error instanceof DocumentError) {
          strapi.log.warn(`Document generation failed: ${error.code}: ${error.message}`, { actId });
          throw new DomainError(422, error.code, { lv: error.messageLv, en: documentErrorEnglish(error) });
        }
        throw error;
      }
    },
  };
};
