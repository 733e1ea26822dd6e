import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { defaultTemplatePath } from '../src';
import { findPlaceholders, readTemplate } from '../src/template-placeholders';
import { RETURN_FIELDS, handoverData, makeTempDir } from './fixtures';

const ALL_FIELDS = Object.keys(handoverData).sort();
const BASE_FIELDS = ALL_FIELDS.filter((field) => !(RETURN_FIELDS as readonly string[]).includes(field));

async function placeholdersOf(kind: 'handover-act' | 'return-act'): Promise<string[]> {
  const contents = await readTemplate(readFileSync(defaultTemplatePath(kind)));
  const names = new Set<string>();
  for (const xml of contents.xmlParts.values()) {
    findPlaceholders(xml).forEach((name) => names.add(name));
  }
  return [...names].sort();
}

async function documentXmlOf(kind: 'handover-act' | 'return-act'): Promise<string> {
  const contents = await readTemplate(readFileSync(defaultTemplatePath(kind)));
  return contents.xmlParts.get('word/document.xml') ?? '';
}

describe('default templates', () => {
  test('handover act uses every field except return fields', async () => {
    expect(await placeholdersOf('handover-act')).toEqual(BASE_FIELDS);
  });

  test('return act uses the return fields', async () => {
    const names = await placeholdersOf('return-act');

    expect(names).toEqual(expect.arrayContaining([...RETURN_FIELDS, 'actNumber', 'returnDate', 'serialNumber']));
    expect(ALL_FIELDS).toEqual(expect.arrayContaining(names));
  });

  test('handover act has the Latvian title', async () => {
    expect(await documentXmlOf('handover-act')).toContain('PIEŅEMŠANAS-NODOŠANAS AKTS Nr. {d.actNumber}');
  });

  test('return act says it is about the return', async () => {
    const xml = await documentXmlOf('return-act');

    expect(xml).toContain('PIEŅEMŠANAS-NODOŠANAS AKTS Nr. {d.actNumber}');
    expect(xml).toContain('par resursa atgriešanu');
  });

  test('acts name the device once, one field a row', async () => {
    for (const kind of ['handover-act', 'return-act'] as const) {
      const text = (await documentXmlOf(kind)).replace(/<[^>]+>/g, '');

      expect({ kind, rows: text.includes('Resurss{d.resourceName}Ražotājs{d.manufacturer}Modelis{d.model}') }).toEqual({
        kind,
        rows: true,
      });
      expect({ kind, modelPlaceholders: text.split('{d.model}').length - 1 }).toEqual({ kind, modelPlaceholders: 1 });
    }
  });

  test('templates declare Latvian and a font with its letters', async () => {
    for (const kind of ['handover-act', 'return-act'] as const) {
      const contents = await readTemplate(readFileSync(defaultTemplatePath(kind)));
      const styles = contents.xmlParts.get('word/styles.xml') ?? '';

      expect({ kind, lang: styles.includes('w:lang w:val="lv-LV"') }).toEqual({ kind, lang: true });
      expect({ kind, font: styles.includes('w:ascii="Arial"') }).toEqual({ kind, font: true });
    }
  });

  test('committed files match the build script', () => {
    const output = makeTempDir('templates');
    try {
      execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build-templates.js'), output.dir]);

      for (const file of ['handover-act.lv.docx', 'return-act.lv.docx']) {
        const built = readFileSync(path.join(output.dir, file));
        const committed = readFileSync(path.join(__dirname, '..', 'templates', file));
        expect({ file, identical: built.equals(committed) }).toEqual({ file, identical: true });
      }
    } finally {
      output.remove();
    }
  });

  test('defaultTemplatePath rejects an unknown kind', () => {
    const kind: string = 'loan-act';
    // The cast stands for an unchecked value reaching the function from JavaScript.
    expect(() => defaultTemplatePath(kind as 'handover-act')).toThrow(/unknown template kind "loan-act"/);
  });
});
