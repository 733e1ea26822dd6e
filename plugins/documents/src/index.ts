export { defaultTemplatePath } from './default-template-path';
export { DocumentError } from './document-error';
export type { DocumentErrorCode, DocumentErrorOptions } from './document-error';
export type { DocumentFormat, HandoverActDocumentData, TemplateKind } from './handover-act-document-data';
export { isPdfAvailable } from './libreoffice';
export { pickTemplate } from './pick-template';
export type { TemplateCandidate, TemplateCriteria, TemplateLevel } from './pick-template';
export { renderDocument } from './render-document';
export type { RenderDocumentOptions } from './render-document';
