import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type carbone from 'carbone';

import { DocumentError } from './document-error';
import type { DocumentFormat, HandoverActDocumentData } from './handover-act-document-data';
import { convertDocument, requireSoffice } from './libreoffice';
import { assertPlaceholdersFilled, readTemplate } from './template-placeholders';
import type { TemplateFileType } from './template-placeholders';

export interface RenderDocumentOptions {
  /** LibreOffice program directory that contains `soffice`, /usr/lib/libreoffice/program by default. */
  libreOfficeDir?: string;
}

/**
 * Fills a DOCX or ODT carbone template with `data` and returns the document as DOCX or PDF.
 * Checks first that every `{d.<name>}` placeholder has a non-blank value, so a document
 * never comes out with a blank in place of a value.
 *
 * Throws DocumentError with code FORMAT_UNSUPPORTED, TEMPLATE_INVALID,
 * TEMPLATE_PLACEHOLDER_MISSING, RENDER_FAILED, PDF_UNAVAILABLE (no LibreOffice for PDF),
 * CONVERSION_UNAVAILABLE (no LibreOffice to turn an ODT template into DOCX) or CONVERSION_FAILED.
 */
export async function renderDocument(
  template: Buffer,
  data: Record<string, string> | HandoverActDocumentData,
  format: DocumentFormat,
  options: RenderDocumentOptions = {},
): Promise<Buffer> {
  if (format !== 'docx' && format !== 'pdf') {
    throw new DocumentError(
      'FORMAT_UNSUPPORTED',
      `Document format "${String(format)}" is not supported; use "docx" or "pdf".`,
      'Šāds dokumenta formāts netiek atbalstīts. Izvēlieties DOCX vai PDF.',
    );
  }

  const contents = await readTemplate(template);
  // Only own properties count, so `{d.constructor}` does not find Object.prototype.constructor.
  assertPlaceholdersFilled(contents, new Map<string, unknown>(Object.entries(data)));

  const needsConversion = format === 'pdf' || contents.fileType === 'odt';
  const soffice = needsConversion ? requireSoffice(format, options.libreOfficeDir) : null;

  const rendered = await renderWithCarbone(template, contents.fileType, data);
  if (soffice === null) {
    return rendered;
  }
  return convertDocument(rendered, contents.fileType, format, soffice);
}

async function renderWithCarbone(template: Buffer, fileType: TemplateFileType, data: object): Promise<Buffer> {
  // Carbone 3.8.2 reads templates from a path only, because a Buffer is taken for an unzipped template object.
  const workDir = await mkdtemp(path.join(tmpdir(), 'rumis-documents-render-'));
  try {
    const templatePath = path.join(workDir, `template.${fileType}`);
    await writeFile(templatePath, template);
    const renderer = await loadCarbone();
    return await new Promise<Buffer>((resolve, reject) => {
      renderer.render(templatePath, data, { lang: 'lv', timezone: 'Europe/Riga' }, (error, result) => {
        if (error) {
          reject(renderFailed(typeof error === 'string' ? error : error.message, error));
        } else if (!Buffer.isBuffer(result)) {
          reject(renderFailed(`carbone returned ${typeof result} instead of a Buffer`));
        } else {
          resolve(result);
        }
      });
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Loads carbone on first use, which spares processes that use only pickTemplate or the types.
 * NOTE: loading carbone 3.8.2 adds SIGINT, SIGHUP and SIGQUIT listeners that stop its
 * LibreOffice converter but do not exit. From then on the process exits on those signals
 * only through a handler of its own, and Strapi has one for SIGINT and SIGTERM.
 */
async function loadCarbone(): Promise<typeof carbone> {
  return (await import('carbone')).default;
}

function renderFailed(detail: string, cause?: unknown): DocumentError {
  return new DocumentError(
    'RENDER_FAILED',
    `Carbone failed to render the template: ${detail}`,
    'Dokumentu neizdevās izveidot no veidnes. Pārbaudiet veidni vai sazinieties ar sistēmas administratoru.',
    { cause },
  );
}
