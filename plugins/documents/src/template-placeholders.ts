import { DocumentError } from './document-error';
import { readZipEntries } from './read-zip-entries';
import type { ZipEntries } from './read-zip-entries';

export type TemplateFileType = 'docx' | 'odt';

export interface TemplateContents {
  fileType: TemplateFileType;
  /** Every XML part of the archive by entry name, decoded as UTF-8. */
  xmlParts: Map<string, string>;
}

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** Text of a `{d.<name>}` carbone marker, with an optional `:formatter(...)` chain. */
const DATA_MARKER = /\{\s*d\s*\.([^{}:]*)(?::[^{}]*)?\}/g;

/** A name that a flat `Record<string, string>` can fill, unlike `a.b` or `list[i]`, which need nested data. */
const FLAT_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * Unzips a DOCX or ODT template and returns its XML parts.
 * Throws DocumentError TEMPLATE_INVALID for any other file.
 */
export async function readTemplate(template: Buffer): Promise<TemplateContents> {
  let entries: ZipEntries;
  try {
    entries = await readZipEntries(template, (name) => name.endsWith('.xml') || name === 'mimetype');
  } catch (error) {
    throw invalidTemplate('the file is not a readable zip archive', error);
  }

  const mimetype = entries.contents.get('mimetype')?.toString('utf8').trim();
  let fileType: TemplateFileType;
  if (entries.contents.has('word/document.xml')) {
    fileType = 'docx';
  } else if (mimetype === ODT_MIMETYPE && entries.contents.has('content.xml')) {
    fileType = 'odt';
  } else {
    throw invalidTemplate('the archive has neither word/document.xml (DOCX) nor an ODT mimetype with content.xml');
  }

  const xmlParts = new Map<string, string>();
  for (const [name, content] of entries.contents) {
    if (name.endsWith('.xml')) {
      xmlParts.set(name, content.toString('utf8'));
    }
  }
  return { fileType, xmlParts };
}

/**
 * Lists the distinct `{d.<name>}` placeholder names in WordprocessingML or ODF XML.
 * Word splits the text of one placeholder across several runs, so the tags are removed
 * before matching. Carbone 3.8.2 ignores markers inside tag attributes, and so does this.
 */
export function findPlaceholders(xml: string): string[] {
  const text = xml.replace(/<[^>]*>/g, '');
  const names = new Set<string>();
  for (const match of text.matchAll(DATA_MARKER)) {
    names.add(match[1].replace(/\s+/g, ''));
  }
  return [...names];
}

/** Returns the placeholder names for which `values` has no non-blank string. */
export function findMissingPlaceholders(names: readonly string[], values: ReadonlyMap<string, unknown>): string[] {
  return names.filter((name) => {
    const value = FLAT_NAME.test(name) ? values.get(name) : undefined;
    return typeof value !== 'string' || value.trim() === '';
  });
}

/**
 * Checks that `values` has a non-blank string for every placeholder of the template.
 * Throws DocumentError TEMPLATE_PLACEHOLDER_MISSING naming each one that has none.
 */
export function assertPlaceholdersFilled(contents: TemplateContents, values: ReadonlyMap<string, unknown>): void {
  const names = new Set<string>();
  for (const xml of contents.xmlParts.values()) {
    findPlaceholders(xml).forEach((name) => names.add(name));
  }

  const missing = findMissingPlaceholders([...names], values);
  if (missing.length === 0) {
    return;
  }

  const list = missing.map((name) => `{d.${name}}`).join(', ');
  throw new DocumentError(
    'TEMPLATE_PLACEHOLDER_MISSING',
    `Template placeholders have no value: ${list}. Pass a non-empty string for each, or "—" for a value not known yet.`,
    `Dokumentu nevar izveidot, jo šiem veidnes laukiem nav vērtības: ${list}. Pārbaudiet akta datus vai veidni.`,
    { missingPlaceholders: missing },
  );
}

function invalidTemplate(reason: string, cause?: unknown): DocumentError {
  return new DocumentError(
    'TEMPLATE_INVALID',
    `Template is not a valid DOCX or ODT file: ${reason}.`,
    'Dokumenta veidne nav derīgs DOCX vai ODT fails. Nomainiet veidni vai sazinieties ar sistēmas administratoru.',
    { cause },
  );
}
