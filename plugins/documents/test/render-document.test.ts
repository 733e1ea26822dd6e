import { readFileSync } from 'node:fs';

import { defaultTemplatePath, isPdfAvailable, renderDocument } from '../src';
import {
  RETURN_FIELDS,
  documentErrorOf,
  handoverData,
  makeTempDir,
  minimalDocx,
  minimalOdt,
  readZipText,
  returnData,
  withPath,
  writeFakeSoffice,
  zipParts,
} from './fixtures';

const handoverTemplate = readFileSync(defaultTemplatePath('handover-act'));
const returnTemplate = readFileSync(defaultTemplatePath('return-act'));

describe('renderDocument', () => {
  test('fills the handover act with every value', async () => {
    const document = await renderDocument(handoverTemplate, handoverData, 'docx');
    const xml = await readZipText(document, 'word/document.xml');

    const returnOnly: readonly string[] = RETURN_FIELDS;
    for (const [field, value] of Object.entries(handoverData)) {
      if (returnOnly.includes(field)) {
        continue;
      }
      expect({ field, found: xml.includes(value) }).toEqual({ field, found: true });
    }
    expect(xml).toContain('PIEŅEMŠANAS-NODOŠANAS AKTS Nr. PNA-4012345678-17');
    expect(xml).not.toContain('{d.');
  });

  test('keeps every Latvian diacritic letter', async () => {
    const allValues = Object.values(handoverData).join(' ');
    const document = await renderDocument(handoverTemplate, handoverData, 'docx');
    const xml = await readZipText(document, 'word/document.xml');

    for (const letter of 'āčēģīķļņšūž') {
      expect({ letter, inData: allValues.includes(letter) }).toEqual({ letter, inData: true });
      expect({ letter, inDocument: xml.includes(letter) }).toEqual({ letter, inDocument: true });
    }
  });

  test('renders the return act with return fields', async () => {
    const document = await renderDocument(returnTemplate, returnData, 'docx');
    const xml = await readZipText(document, 'word/document.xml');

    expect(xml).toContain('Māris Ozoliņš');
    expect(xml).toContain('Darba kārtībā');
    expect(xml).toContain('Skrāpējums uz vāka; lādētājs atdots');
    expect(xml).toContain('29.06.2026');
    expect(xml).toContain('PF4XK2ZQ');
    expect(xml).not.toContain('{d.');
  });

  test('escapes XML characters in values', async () => {
    const template = await minimalDocx('<w:p><w:r><w:t>{d.note}</w:t></w:r></w:p>');
    const document = await renderDocument(template, { note: 'A & B <C>' }, 'docx');
    const xml = await readZipText(document, 'word/document.xml');

    expect(xml).toContain('A &amp; B &lt;C&gt;');
  });

  test('fills a placeholder that Word split across runs', async () => {
    const template = await minimalDocx(
      '<w:p><w:r><w:t>Nr. {d.act</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>Number}</w:t></w:r></w:p>',
    );

    const missing = await documentErrorOf(renderDocument(template, {}, 'docx'));
    expect(missing.missingPlaceholders).toEqual(['actNumber']);

    const document = await renderDocument(template, { actNumber: 'PNA-1-1' }, 'docx');
    expect(await readZipText(document, 'word/document.xml')).toContain('PNA-1-1');
  });

  test('rejects a missing value naming the field', async () => {
    const withoutModel: Record<string, string> = { ...handoverData };
    delete withoutModel.model;

    const error = await documentErrorOf(renderDocument(handoverTemplate, withoutModel, 'docx'));

    expect(error.code).toBe('TEMPLATE_PLACEHOLDER_MISSING');
    expect(error.missingPlaceholders).toEqual(['model']);
    expect(error.message).toContain('{d.model}');
    expect(error.messageLv).toContain('{d.model}');
  });

  test.each([
    ['an empty string', ''],
    ['only spaces', '   '],
  ])('rejects a value that is %s', async (_case, blank) => {
    const error = await documentErrorOf(renderDocument(handoverTemplate, { ...handoverData, place: blank }, 'docx'));

    expect(error.code).toBe('TEMPLATE_PLACEHOLDER_MISSING');
    expect(error.missingPlaceholders).toEqual(['place']);
  });

  test('names every missing field at once', async () => {
    const error = await documentErrorOf(
      renderDocument(handoverTemplate, { ...handoverData, serialNumber: '', inventoryNumber: '' }, 'docx'),
    );

    expect(error.missingPlaceholders).toEqual(expect.arrayContaining(['serialNumber', 'inventoryNumber']));
    expect(error.missingPlaceholders).toHaveLength(2);
  });

  test('rejects a buffer that is not a zip', async () => {
    const error = await documentErrorOf(renderDocument(Buffer.from('not a document'), handoverData, 'docx'));

    expect(error.code).toBe('TEMPLATE_INVALID');
    expect(error.messageLv).toMatch(/DOCX vai ODT/);
  });

  test('rejects a zip that is neither DOCX nor ODT', async () => {
    const archive = await zipParts({ 'readme.txt': 'hello' });

    const error = await documentErrorOf(renderDocument(archive, handoverData, 'docx'));

    expect(error.code).toBe('TEMPLATE_INVALID');
  });

  test('rejects an unknown format', async () => {
    const format: string = 'odt';
    // The cast stands for an unchecked value, such as a query parameter, reaching the function.
    const error = await documentErrorOf(renderDocument(handoverTemplate, handoverData, format as 'docx'));

    expect(error.code).toBe('FORMAT_UNSUPPORTED');
  });

  test('reports PDF as unavailable without LibreOffice', async () => {
    const emptyDir = makeTempDir('empty-path');
    try {
      const error = await withPath(emptyDir.dir, () =>
        documentErrorOf(
          renderDocument(handoverTemplate, handoverData, 'pdf', { libreOfficeDir: '/nonexistent/libreoffice' }),
        ),
      );

      expect(error.code).toBe('PDF_UNAVAILABLE');
      expect(error.messageLv).toBe('Šajā serverī PDF nav pieejams. Lejupielādējiet dokumentu DOCX formātā.');
    } finally {
      emptyDir.remove();
    }
  });

  test('reports a template problem before missing LibreOffice', async () => {
    const emptyDir = makeTempDir('empty-path');
    try {
      const error = await withPath(emptyDir.dir, () =>
        documentErrorOf(renderDocument(handoverTemplate, {}, 'pdf', { libreOfficeDir: '/nonexistent/libreoffice' })),
      );

      expect(error.code).toBe('TEMPLATE_PLACEHOLDER_MISSING');
    } finally {
      emptyDir.remove();
    }
  });

  test('converts to PDF with soffice from libreOfficeDir', async () => {
    const fake = makeTempDir('fake-soffice');
    try {
      writeFakeSoffice(fake.dir, 'mkdir -p "$outdir" && printf "%%PDF-1.7 stand-in" > "$outdir/document.$target"');

      const pdf = await renderDocument(handoverTemplate, handoverData, 'pdf', { libreOfficeDir: fake.dir });

      expect(pdf.toString('utf8')).toBe('%PDF-1.7 stand-in');
      const args = readFileSync(`${fake.dir}/args.txt`, 'utf8').split('\n');
      expect(args).toEqual(expect.arrayContaining(['--headless', '--convert-to', 'pdf']));
      expect(args.some((arg) => arg.endsWith('/document.docx'))).toBe(true);
    } finally {
      fake.remove();
    }
  });

  test('converts an ODT template to DOCX', async () => {
    const fake = makeTempDir('fake-soffice');
    try {
      writeFakeSoffice(fake.dir, 'mkdir -p "$outdir" && cp "$input" "$outdir/document.$target"');
      const template = await minimalOdt('<text:p>Akts Nr. {d.actNumber}</text:p>');

      const document = await renderDocument(template, { actNumber: 'PNA-7-3' }, 'docx', { libreOfficeDir: fake.dir });

      // The stand-in copies its input, so the output is the ODT that carbone rendered.
      expect(await readZipText(document, 'content.xml')).toContain('Akts Nr. PNA-7-3');
      const args = readFileSync(`${fake.dir}/args.txt`, 'utf8').split('\n');
      expect(args).toEqual(expect.arrayContaining(['--convert-to', 'docx']));
      expect(args.some((arg) => arg.endsWith('/document.odt'))).toBe(true);
    } finally {
      fake.remove();
    }
  });

  test('rejects an ODT template for DOCX without LibreOffice', async () => {
    const emptyDir = makeTempDir('empty-path');
    try {
      const template = await minimalOdt('<text:p>{d.actNumber}</text:p>');
      const error = await withPath(emptyDir.dir, () =>
        documentErrorOf(renderDocument(template, { actNumber: 'PNA-7-3' }, 'docx', { libreOfficeDir: '/nonexistent' })),
      );

      expect(error.code).toBe('CONVERSION_UNAVAILABLE');
    } finally {
      emptyDir.remove();
    }
  });

  const pdfAvailable = isPdfAvailable();
  const pdfTest = pdfAvailable ? test : test.skip;
  const pdfSkipReason = pdfAvailable ? '' : ' (skipped: no soffice in /usr/lib/libreoffice/program or on PATH)';

  pdfTest(
    `produces a real PDF with LibreOffice${pdfSkipReason}`,
    async () => {
      const pdf = await renderDocument(handoverTemplate, handoverData, 'pdf');

      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    },
    120_000,
  );
});
