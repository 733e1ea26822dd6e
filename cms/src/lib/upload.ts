import fs from 'node:fs/promises';
import type { Context } from 'koa';
import { DomainError, invalid } from './errors';
import type { UploadedSheet } from './spreadsheet-read';

/** The part of formidable's file object that koa-body puts on ctx.request.files. */
interface FormidableFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
}

function isFormidableFile(value: unknown): value is FormidableFile {
  const candidate = value as Partial<FormidableFile> | null;
  return typeof candidate?.filepath === 'string' && typeof candidate.size === 'number';
}

function tooLarge(maxBytes: number): DomainError {
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new DomainError(413, 'IMPORT_FILE_TOO_LARGE', {
    lv: `Fails ir lielāks par ${megabytes} MB. Sadaliet to vairākos failos.`,
    en: `The file is larger than ${megabytes} MB. Split it into several files.`,
  });
}

/**
 * Reads the file of an upload request: a multipart/form-data part named `field`, or a raw
 * text/csv request body in UTF-8. Strapi's body middleware stores multipart files in a temporary
 * folder and removes only those of a part named "files", so this function removes every file
 * of the request.
 * Rejects files larger than maxBytes with 413 and requests without a file with 400.
 */
export async function readUploadedFile(ctx: Context, field: string, maxBytes: number): Promise<UploadedSheet> {
  const files = (ctx.request as { files?: Record<string, unknown> }).files ?? {};
  const uploaded = Object.values(files)
    .flatMap((part) => (Array.isArray(part) ? part : [part]))
    .filter(isFormidableFile);
  const part = files[field];
  const file = Array.isArray(part) ? part[0] : part;
  try {
    if (isFormidableFile(file)) {
      if (file.size > maxBytes) {
        throw tooLarge(maxBytes);
      }
      return { fileName: file.originalFilename ?? null, content: await fs.readFile(file.filepath) };
    }
  } finally {
    await Promise.all(uploaded.map((upload) => fs.rm(upload.filepath, { force: true })));
  }
  if (ctx.is('text/csv') && typeof ctx.request.body === 'string') {
    const content = Buffer.from(ctx.request.body, 'utf8');
    if (content.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    return { fileName: null, content };
  }
  throw invalid(
    'IMPORT_FILE_MISSING',
    {
      lv: `Pievienojiet CSV vai XLSX failu kā multipart/form-data lauku "${field}".`,
      en: `Attach a CSV or XLSX file as the multipart/form-data field "${field}".`,
    },
    field,
  );
}
