import type { Struct } from '@strapi/types';

/** A collection type as written in a plugin, before Strapi adds the fields it derives when loading. */
type CollectionTypeDefinition = Omit<Struct.CollectionTypeSchema, 'uid' | 'modelType' | 'modelName' | 'globalId'>;

/** Document template catalog; content type uid `plugin::documents.template`. */
export const schema = {
  kind: 'collectionType',
  collectionName: 'document_templates',
  info: {
    singularName: 'template',
    pluralName: 'templates',
    displayName: 'Document template',
    description:
      'Carbone template (DOCX or ODT) of a handover or return act for one resource type, at state, supervisor or institution level.',
  },
  options: {
    draftAndPublish: false,
  },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    // Name shown to catalog administrators, for example "Datora pieņemšanas-nodošanas akts".
    name: { type: 'string', required: true },
    // Which act the template produces.
    kind: { type: 'enumeration', enum: ['handover-act', 'return-act'], required: true },
    // Code of the resource type the template is for, such as "computer".
    resourceTypeCode: { type: 'string', required: true },
    // Organisation level the template belongs to: state (IZM), municipality (any supervisor) or institution.
    level: { type: 'enumeration', enum: ['state', 'municipality', 'institution'], required: true },
    // Supervisor of a municipality level template.
    supervisorId: { type: 'integer' },
    // Institution of an institution level template.
    institutionId: { type: 'integer' },
    // First day on which the template applies.
    validFrom: { type: 'date', required: true },
    // Last day on which the template applies, or empty for no end.
    validTo: { type: 'date' },
    // The DOCX or ODT file with `{d.<field>}` placeholders.
    file: { type: 'media', multiple: false, required: true, allowedTypes: ['files'] },
    // An inactive template is never picked.
    active: { type: 'boolean', default: true, required: true },
  },
} satisfies CollectionTypeDefinition;
