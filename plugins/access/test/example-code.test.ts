import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../../admin/src/i18n/en';
import { lv } from '../../../admin/src/i18n/lv';
import {
  isValidPersonalCode,
  normalizePersonalCode,
  PERSONAL_CODE_EXAMPLE,
  PERSONAL_CODE_MESSAGES_EN,
  PERSONAL_CODE_MESSAGES_LV,
} from '../src';

const REPOSITORY = path.resolve(__dirname, '..', '..', '..');
/** Source folders whose string literals reach users: the panel and the server's messages. */
const SOURCE_FOLDERS = ['admin/src', 'cms/src', 'plugins/access/src', 'plugins/eservice/src', 'plugins/documents/src'];
/** Eleven digits with the hyphen people type after the sixth: how the texts write an example code. */
const EXAMPLE_CODE = /\b\d{6}-\d{5}\b/g;

/** Returns every string in a nested message object. */
function stringsOf(messages: unknown): string[] {
  if (typeof messages === 'string') {
    return [messages];
  }
  if (typeof messages === 'object' && messages !== null) {
    return Object.values(messages).flatMap(stringsOf);
  }
  return [];
}

function exampleCodesIn(texts: string[]): string[] {
  return texts.flatMap((text) => text.match(EXAMPLE_CODE) ?? []);
}

function sourceFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) {
    return [];
  }
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(file);
    }
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe('example personal code', () => {
  it('passes validation', () => {
    expect(isValidPersonalCode(normalizePersonalCode(PERSONAL_CODE_EXAMPLE))).toBe(true);
  });

  it('is written with the hyphen', () => {
    expect(PERSONAL_CODE_EXAMPLE).toMatch(/^\d{6}-\d{5}$/);
  });

  it.each([
    ['server Latvian', PERSONAL_CODE_MESSAGES_LV],
    ['server English', PERSONAL_CODE_MESSAGES_EN],
    ['panel Latvian', lv],
    ['panel English', en],
  ])('%s messages show only valid codes', (_name, messages) => {
    const codes = exampleCodesIn(stringsOf(messages));
    expect(codes).toContain(PERSONAL_CODE_EXAMPLE);
    for (const code of codes) {
      expect({ code, valid: isValidPersonalCode(normalizePersonalCode(code)) }).toEqual({ code, valid: true });
    }
  });

  it('source texts show only valid codes', () => {
    const invalid: string[] = [];
    for (const folder of SOURCE_FOLDERS) {
      for (const file of sourceFiles(path.join(REPOSITORY, folder))) {
        for (const code of exampleCodesIn([fs.readFileSync(file, 'utf8')])) {
          if (!isValidPersonalCode(normalizePersonalCode(code))) {
            invalid.push(`${path.relative(REPOSITORY, file)}: ${code}`);
          }
        }
      }
    }
    expect(invalid).toEqual([]);
  });
});
