import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Core } from '@strapi/types';

import { defaultTemplatePath } from '../../default-template-path';
import { DocumentError } from '../../document-error';
import type { DocumentFormat, HandoverActDocumentData } from '../../handover-act-document-data';
import { isPdfAvailable } from '../../libreoffice';
import { pickTemplate } from '../../pick-template';
import type { TemplateCriteria } from '../../pick-template';
import { renderDocument } from '../../render-document';
import { toTemplateRecord } from '../template-record';
import type { TemplateRecord } from '../template-record';

export const TEMPLATE_UID = 'plugin::documents.template';

/** The part of the Strapi instance that the renderer uses, so tests can pass a small stand-in. */
export interface RendererHost {
  db: {
    query(uid: string): {
      findMany(params: { where: Record<string, unknown>; populate: Record<string, boolean> }): Promise<unknown[]>;
    };
  };
  dirs: { static: { public: string } };
  config: { get(path: string): unknown };
  log: { info(message: string, meta: Record<string, unknown>): unknown };
}

export interface LoadedTemplate {
  content: Buffer;
  /** Id of the stored template, or null for the default template that ships with this plugin. */
  templateId: number | null;
  name: string;
}

/** Builds the `plugin::documents.renderer` service on top of `host`. */
export function createRenderer(host: RendererHost) {
  const libreOfficeDir = (): string | undefined => {
    const configured = host.config.get('plugin::documents.libreOfficeDir');
    return typeof configured === 'string' && configured !== '' ? configured : undefined;
  };

  return {
    /** Tells whether PDF output is possible, that is whether LibreOffice is installed. */
    isPdfAvailable(): boolean {
      return isPdfAvailable(libreOfficeDir());
    },

    /** Renders with the package's renderDocument and the plugin's `libreOfficeDir` setting. */
    render(
      template: Buffer,
      data: Record<string, string> | HandoverActDocumentData,
      format: DocumentFormat,
    ): Promise<Buffer> {
      return renderDocument(template, data, format, { libreOfficeDir: libreOfficeDir() });
    },

    /**
     * Loads the stored template that pickTemplate chooses for `criteria`, or the default
     * template of the kind when no stored one applies.
     * Throws DocumentError TEMPLATE_UNREADABLE when the chosen template's file cannot be read.
     */
    async loadTemplate(criteria: TemplateCriteria): Promise<LoadedTemplate> {
      const rows = await host.db.query(TEMPLATE_UID).findMany({
        where: { kind: criteria.kind, resourceTypeCode: criteria.resourceTypeCode, active: true },
        populate: { file: true },
      });
      const picked = pickTemplate(rows.map(toTemplateRecord), criteria);

      if (picked === null) {
        host.log.info('documents: no stored template applies, using the default one', {
          kind: criteria.kind,
          resourceTypeCode: criteria.resourceTypeCode,
          institutionId: criteria.institutionId,
        });
        const defaultPath = defaultTemplatePath(criteria.kind);
        return { content: await readFile(defaultPath), templateId: null, name: path.basename(defaultPath) };
      }

      const content = await readTemplateFile(host.dirs.static.public, picked);
      return { content, templateId: picked.id, name: picked.name };
    },
  };
}

export type Renderer = ReturnType<typeof createRenderer>;

export default ({ strapi }: { strapi: Core.Strapi }): Renderer => createRenderer(strapi);

async function readTemplateFile(publicDir: string, template: TemplateRecord): Promise<Buffer> {
  const { file } = template;
  if (file === null) {
    throw templateUnreadable(template, 'it has no file');
  }
  if (file.provider !== 'local') {
    // TODO: read templates from other upload providers (S3) through the upload plugin's provider.
    throw templateUnreadable(
      template,
      `its file is stored by the "${file.provider}" upload provider, which is not supported yet`,
    );
  }

  // The local provider stores `/uploads/<hash><ext>` under the public folder; a URL that
  // leads outside that folder is rejected rather than read.
  const filePath = path.resolve(publicDir, `.${file.url}`);
  const relative = path.relative(publicDir, filePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw templateUnreadable(template, `its file URL ${file.url} points outside ${publicDir}`);
  }

  try {
    return await readFile(filePath);
  } catch (error) {
    throw templateUnreadable(template, `reading ${filePath} failed`, error);
  }
}

function templateUnreadable(template: TemplateRecord, reason: string, cause?: unknown): DocumentError {
  return new DocumentError(
    'TEMPLATE_UNREADABLE',
    `Document template ${template.id} "${template.name}" cannot be read: ${reason}.`,
    `Dokumenta veidni "${template.name}" nevar nolasīt. Sazinieties ar sistēmas administratoru.`,
    { cause },
  );
}
