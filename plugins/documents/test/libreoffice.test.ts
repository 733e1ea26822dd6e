import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { DocumentError } from '../src/document-error';
import { convertDocument, findSoffice, isPdfAvailable } from '../src/libreoffice';
import { documentErrorOf, makeTempDir, withPath, writeFakeSoffice } from './fixtures';

describe('findSoffice', () => {
  let temp: ReturnType<typeof makeTempDir>;

  beforeEach(() => {
    temp = makeTempDir('find-soffice');
  });

  afterEach(() => {
    temp.remove();
  });

  test('finds soffice in libreOfficeDir', () => {
    const script = writeFakeSoffice(temp.dir, 'exit 0');

    expect(findSoffice(temp.dir, '')).toBe(script);
  });

  test('finds soffice on the search path', () => {
    const binDir = path.join(temp.dir, 'bin');
    mkdirSync(binDir);
    const script = writeFakeSoffice(binDir, 'exit 0');

    expect(findSoffice('/nonexistent', ['/nonexistent/bin', binDir].join(path.delimiter))).toBe(script);
  });

  test('prefers libreOfficeDir over the search path', () => {
    const binDir = path.join(temp.dir, 'bin');
    const programDir = path.join(temp.dir, 'program');
    mkdirSync(binDir);
    mkdirSync(programDir);
    writeFakeSoffice(binDir, 'exit 0');
    const preferred = writeFakeSoffice(programDir, 'exit 0');

    expect(findSoffice(programDir, binDir)).toBe(preferred);
  });

  test('skips a soffice that is not executable', () => {
    writeFileSync(path.join(temp.dir, 'soffice'), '#!/bin/sh\n');
    chmodSync(path.join(temp.dir, 'soffice'), 0o644);

    expect(findSoffice(temp.dir, '')).toBeNull();
  });

  test('skips a directory named soffice', () => {
    mkdirSync(path.join(temp.dir, 'soffice'));

    expect(findSoffice(temp.dir, '')).toBeNull();
  });

  test('reads PATH at call time', async () => {
    const script = writeFakeSoffice(temp.dir, 'exit 0');

    await withPath(temp.dir, async () => {
      expect(findSoffice('/nonexistent')).toBe(script);
      expect(isPdfAvailable('/nonexistent')).toBe(true);
    });
    await withPath('', async () => {
      expect(isPdfAvailable('/nonexistent')).toBe(false);
    });
  });
});

describe('convertDocument', () => {
  let temp: ReturnType<typeof makeTempDir>;

  beforeEach(() => {
    temp = makeTempDir('convert');
  });

  afterEach(() => {
    temp.remove();
  });

  test('passes a private user profile to soffice', async () => {
    const script = writeFakeSoffice(temp.dir, 'mkdir -p "$outdir" && printf "%%PDF" > "$outdir/document.$target"');

    await convertDocument(Buffer.from('docx bytes'), 'docx', 'pdf', script);

    const args = readFileSync(path.join(temp.dir, 'args.txt'), 'utf8').split('\n');
    const profile = args.find((arg) => arg.startsWith('-env:UserInstallation=file:///'));
    expect(profile).toBeDefined();
    expect(args).toEqual(expect.arrayContaining(['--headless', '--norestore', '--convert-to', 'pdf', '--outdir']));
  });

  test('reports the exit code and stderr of a failed soffice', async () => {
    const script = writeFakeSoffice(temp.dir, 'echo "source file could not be loaded" >&2; exit 3');

    const error = await documentErrorOf(convertDocument(Buffer.from('x'), 'docx', 'pdf', script));

    expect(error.code).toBe('CONVERSION_FAILED');
    expect(error.message).toContain('exit code 3');
    expect(error.message).toContain('source file could not be loaded');
    expect(error.messageLv).toMatch(/^PDF neizdevās izveidot/);
  });

  test('reports soffice that writes no output', async () => {
    const script = writeFakeSoffice(temp.dir, 'exit 0');

    const error = await documentErrorOf(convertDocument(Buffer.from('x'), 'docx', 'pdf', script));

    expect(error.code).toBe('CONVERSION_FAILED');
    expect(error.message).toContain('without writing');
  });

  test('kills soffice after the timeout', async () => {
    // Without the kill the conversion would wait for the whole sleep; the bound leaves room
    // for a machine busy with other test runs.
    const script = writeFakeSoffice(temp.dir, 'sleep 300');
    const started = Date.now();

    const error = await documentErrorOf(convertDocument(Buffer.from('x'), 'docx', 'pdf', script, 300));

    expect(error.code).toBe('CONVERSION_FAILED');
    expect(error.message).toContain('timed out after 300 ms');
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  test('reports a soffice that cannot start', async () => {
    const error = await documentErrorOf(
      convertDocument(Buffer.from('x'), 'docx', 'pdf', path.join(temp.dir, 'missing-soffice')),
    );

    expect(error).toBeInstanceOf(DocumentError);
    expect(error.code).toBe('CONVERSION_FAILED');
    expect(error.message).toContain('could not start');
  });
});
