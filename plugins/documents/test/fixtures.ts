import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ZipFile } from 'yazl';

import { DocumentError } from '../src/document-error';
import type { HandoverActDocumentData } from '../src/handover-act-document-data';
import { readZipEntries } from '../src/read-zip-entries';

/** Fields that only the return act shows. */
export const RETURN_FIELDS = ['returnAcceptedByName', 'returnCondition', 'returnNotes'] as const;

/** A handover act before return, with every Latvian diacritic letter in some value. */
export const handoverData: HandoverActDocumentData = {
  actNumber: 'PNA-4012345678-17',
  place: 'Ķekava',
  issueDate: '01.09.2025',
  returnDate: '—',
  institutionName: 'Ķekavas novada ģimnāzija',
  institutionPhone: '+371 67935000',
  institutionEmail: 'skola@kekava.lv',
  handoverResponsibleName: 'Līga Bučinska',
  handoverResponsiblePhone: '+371 29123456',
  handoverResponsibleEmail: 'liga.bucinska@kekava.lv',
  resourceUserName: 'Jānis Bērziņš',
  recipientName: 'Anna Bērziņa',
  resourceName: 'Portatīvais dators',
  manufacturer: 'Lenovo',
  model: 'ThinkPad E14 Gen 5',
  serialNumber: 'PF4XK2ZQ',
  inventoryNumber: 'INV-2025-0042',
  value: '416,50 EUR',
  conditionAtIssue: 'Jauns; lādētājs un soma komplektā',
  returnDeadline: '30.06.2026',
  ictContactName: 'Ģirts Kļaviņš',
  ictContactPhone: '+371 29876543',
  ictContactEmail: 'it@kekava.lv',
  dataProtectionName: 'Dace Grūžele',
  dataProtectionPhone: '+371 67935011',
  dataProtectionEmail: 'dati@kekava.lv',
  issuerName: 'Ilze Ķiķere',
  returnAcceptedByName: '—',
  returnCondition: '—',
  returnNotes: '—',
};

export const returnData: HandoverActDocumentData = {
  ...handoverData,
  returnDate: '29.06.2026',
  returnAcceptedByName: 'Māris Ozoliņš',
  returnCondition: 'Darba kārtībā',
  returnNotes: 'Skrāpējums uz vāka; lādētājs atdots',
};

/** Returns the text of one part of a zip archive, such as `word/document.xml`. */
export async function readZipText(archive: Buffer, name: string): Promise<string> {
  const { contents } = await readZipEntries(archive, (entry) => entry === name);
  const content = contents.get(name);
  if (content === undefined) {
    throw new Error(`${name} is not in the archive`);
  }
  return content.toString('utf8');
}

/** Zips `parts` (entry name to text) in the given order. */
export function zipParts(parts: Record<string, string>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, text] of Object.entries(parts)) {
    zip.addBuffer(Buffer.from(text, 'utf8'), name);
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Builds a minimal DOCX whose body is `bodyXml`. */
export function minimalDocx(bodyXml: string): Promise<Buffer> {
  return zipParts({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NAMESPACE}"><w:body>${bodyXml}</w:body></w:document>`,
  });
}

/** Builds a minimal ODT whose text body is `textXml`. */
export function minimalOdt(textXml: string): Promise<Buffer> {
  return zipParts({
    mimetype: 'application/vnd.oasis.opendocument.text',
    'META-INF/manifest.xml':
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    'content.xml':
      '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
      `<office:body><office:text>${textXml}</office:text></office:body></office:document-content>`,
  });
}

/** Awaits `promise` and returns the DocumentError it rejects with. Throws when it resolves or rejects otherwise. */
export async function documentErrorOf(promise: Promise<unknown>): Promise<DocumentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DocumentError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a DocumentError, but the promise resolved');
}

/** Creates a temporary directory and returns it with a function that deletes it. */
export function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `rumis-documents-test-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Writes an executable `soffice` shell script into `dir` that replaces LibreOffice in tests.
 * The script records its arguments in `args.txt` beside itself and then runs `body`, in which
 * $outdir, $target and $input contain the values of --outdir, --convert-to and the input path.
 */
export function writeFakeSoffice(dir: string, body: string): string {
  const script = path.join(dir, 'soffice');
  writeFileSync(
    script,
    [
      '#!/bin/sh',
      `printf '%s\\n' "$@" > '${path.join(dir, 'args.txt')}'`,
      'outdir=""; target=""; input=""',
      'while [ $# -gt 0 ]; do',
      '  case "$1" in',
      '    --outdir) outdir="$2"; shift ;;',
      '    --convert-to) target="$2"; shift ;;',
      '    -*) ;;',
      '    *) input="$1" ;;',
      '  esac',
      '  shift',
      'done',
      body,
      '',
    ].join('\n'),
  );
  chmodSync(script, 0o755);
  return script;
}

/** Runs `action` with PATH set to `searchPath`, then restores PATH. */
export async function withPath<T>(searchPath: string, action: () => Promise<T>): Promise<T> {
  const original = process.env.PATH;
  process.env.PATH = searchPath;
  try {
    return await action();
  } finally {
    process.env.PATH = original;
  }
}
