import { findMissingPlaceholders, findPlaceholders, readTemplate } from '../src/template-placeholders';
import { documentErrorOf, minimalDocx, minimalOdt, zipParts } from './fixtures';

describe('findPlaceholders', () => {
  test('finds a placeholder split across runs', () => {
    const xml = '<w:p><w:r><w:t>{d.serial</w:t></w:r><w:r><w:t>Number}</w:t></w:r></w:p>';

    expect(findPlaceholders(xml)).toEqual(['serialNumber']);
  });

  test('reads the name before a formatter', () => {
    expect(findPlaceholders("<w:t>{d.value:ifEmpty('—')}</w:t>")).toEqual(['value']);
  });

  test('removes whitespace inside the marker', () => {
    expect(findPlaceholders('<w:t>{ d.model }</w:t>')).toEqual(['model']);
  });

  test('lists each name once', () => {
    expect(findPlaceholders('<w:t>{d.place} {d.place} {d.issueDate}</w:t>')).toEqual(['place', 'issueDate']);
  });

  test('ignores markers inside tag attributes', () => {
    expect(findPlaceholders('<w:hyperlink w:tooltip="{d.secret}"><w:t>text</w:t></w:hyperlink>')).toEqual([]);
  });

  test('ignores complement and plain braces', () => {
    expect(findPlaceholders('<w:t>{c.now} {not a marker} {d.actNumber}</w:t>')).toEqual(['actNumber']);
  });
});

describe('findMissingPlaceholders', () => {
  const values = new Map<string, unknown>([
    ['place', 'Rīga'],
    ['blank', ' '],
    ['count', 3],
  ]);

  test('reports absent, blank and non-string values', () => {
    expect(findMissingPlaceholders(['place', 'absent', 'blank', 'count'], values)).toEqual([
      'absent',
      'blank',
      'count',
    ]);
  });

  test('reports nested names that flat data cannot fill', () => {
    const nested = new Map<string, unknown>([
      ['a.b', 'x'],
      ['list[i]', 'y'],
    ]);

    expect(findMissingPlaceholders(['a.b', 'list[i]'], nested)).toEqual(['a.b', 'list[i]']);
  });
});

describe('readTemplate', () => {
  test('reads a DOCX', async () => {
    const contents = await readTemplate(await minimalDocx('<w:p/>'));

    expect(contents.fileType).toBe('docx');
    expect([...contents.xmlParts.keys()]).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml']));
  });

  test('reads an ODT', async () => {
    const contents = await readTemplate(await minimalOdt('<text:p>{d.actNumber}</text:p>'));

    expect(contents.fileType).toBe('odt');
    expect(findPlaceholders(contents.xmlParts.get('content.xml') ?? '')).toEqual(['actNumber']);
  });

  test('rejects an ODS spreadsheet', async () => {
    const spreadsheet = await zipParts({
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'content.xml': '<office:document-content/>',
    });

    const error = await documentErrorOf(readTemplate(spreadsheet));

    expect(error.code).toBe('TEMPLATE_INVALID');
  });

  test('rejects a truncated zip', async () => {
    const whole = await minimalDocx('<w:p/>');

    const error = await documentErrorOf(readTemplate(whole.subarray(0, whole.length - 30)));

    expect(error.code).toBe('TEMPLATE_INVALID');
  });
});
