import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { DocumentError } from './document-error';

/** Program directory of the LibreOffice packages in Debian and Ubuntu. */
export const DEFAULT_LIBREOFFICE_DIR = '/usr/lib/libreoffice/program';

/** Same limit as carbone 3.8.2 gives one LibreOffice conversion (params.converterFactoryTimeout). */
export const CONVERSION_TIMEOUT_MS = 60_000;

const STDERR_LIMIT = 2000;

/**
 * Returns the path of the LibreOffice `soffice` executable, or null when there is none.
 * Looks in `libreOfficeDir` (DEFAULT_LIBREOFFICE_DIR unless given), then in each
 * directory of `searchPath`, which is read from PATH at call time by default.
 * NOTE: looks only for `soffice` without an extension, so it finds nothing on Windows.
 */
export function findSoffice(
  libreOfficeDir: string = DEFAULT_LIBREOFFICE_DIR,
  searchPath: string = process.env.PATH ?? '',
): string | null {
  const directories = [libreOfficeDir, ...searchPath.split(path.delimiter).filter((entry) => entry !== '')];
  for (const directory of directories) {
    const candidate = path.join(directory, 'soffice');
    if (isExecutableFile(candidate)) {
      return candidate;
    }
  }
  return null;
}

/** Tells whether a PDF can be produced, that is whether findSoffice finds LibreOffice. */
export function isPdfAvailable(libreOfficeDir?: string): boolean {
  return findSoffice(libreOfficeDir) !== null;
}

/**
 * Converts a rendered document with `soffice --headless --convert-to`.
 * Each call starts its own LibreOffice process with a throwaway user profile, because
 * two processes that share one profile block each other.
 * NOTE: starting LibreOffice anew took 0.8 s for the handover act with LibreOffice 7.4 in
 * this package's PDF test, and a batch of class-set acts pays that once per learner.
 * Carbone's converter keeps LibreOffice running between conversions, but carbone 3.8.2
 * finds LibreOffice only once at load time, looks only on PATH and in /opt, and needs
 * Python with the UNO bridge, so it cannot honour libreOfficeDir.
 */
export async function convertDocument(
  input: Buffer,
  inputExtension: 'docx' | 'odt',
  target: 'docx' | 'pdf',
  soffice: string,
  timeoutMs: number = CONVERSION_TIMEOUT_MS,
): Promise<Buffer> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'rumis-documents-convert-'));
  try {
    const inputPath = path.join(workDir, `document.${inputExtension}`);
    const outputDir = path.join(workDir, 'out');
    await writeFile(inputPath, input);

    await runSoffice(soffice, target, timeoutMs, [
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      `-env:UserInstallation=${pathToFileURL(path.join(workDir, 'profile')).href}`,
      '--convert-to',
      target,
      '--outdir',
      outputDir,
      inputPath,
    ]);

    const outputPath = path.join(outputDir, `document.${target}`);
    try {
      return await readFile(outputPath);
    } catch (error) {
      throw conversionFailed(target, `soffice exited without writing ${outputPath}`, error);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Throws DocumentError PDF_UNAVAILABLE or CONVERSION_UNAVAILABLE when findSoffice finds nothing. */
export function requireSoffice(target: 'docx' | 'pdf', libreOfficeDir?: string): string {
  const soffice = findSoffice(libreOfficeDir);
  if (soffice !== null) {
    return soffice;
  }

  const searched = `${libreOfficeDir ?? DEFAULT_LIBREOFFICE_DIR} and PATH`;
  if (target === 'pdf') {
    throw new DocumentError(
      'PDF_UNAVAILABLE',
      `PDF output needs LibreOffice, but no soffice executable was found in ${searched}. Install LibreOffice, set libreOfficeDir, or request DOCX.`,
      'Šajā serverī PDF nav pieejams. Lejupielādējiet dokumentu DOCX formātā.',
    );
  }
  throw new DocumentError(
    'CONVERSION_UNAVAILABLE',
    `An ODT template needs LibreOffice to produce DOCX, but no soffice executable was found in ${searched}. Install LibreOffice or upload a DOCX template.`,
    'Šajā serverī ODT veidni nevar pārveidot par DOCX dokumentu. Nomainiet veidni pret DOCX veidni vai sazinieties ar sistēmas administratoru.',
  );
}

function runSoffice(soffice: string, target: 'docx' | 'pdf', timeoutMs: number, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // A process group of its own lets the timeout kill soffice.bin too, not only the
    // oosplash wrapper that `soffice` starts it from.
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_LIMIT);
    });

    const timer = setTimeout(() => {
      timedOut = true;
      killProcessGroup(child);
    }, timeoutMs);

    child.on('error', (error) => {
      clearTimeout(timer);
      reject(conversionFailed(target, `could not start ${soffice}: ${error.message}`, error));
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(conversionFailed(target, `soffice timed out after ${timeoutMs} ms`));
      } else if (exitCode !== 0) {
        const status = signal === null ? `exit code ${exitCode}` : `signal ${signal}`;
        reject(conversionFailed(target, `soffice failed with ${status}: ${stderr.trim() || 'no output'}`));
      } else {
        resolve();
      }
    });
  });
}

function killProcessGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) {
      process.kill(-child.pid, 'SIGKILL');
    }
  } catch {
    // The group has already exited, or it is not ours to signal, so kill the child alone.
    child.kill('SIGKILL');
  }
}

function isExecutableFile(candidate: string): boolean {
  try {
    accessSync(candidate, constants.X_OK);
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

function conversionFailed(target: 'docx' | 'pdf', detail: string, cause?: unknown): DocumentError {
  const messageLv =
    target === 'pdf'
      ? 'PDF neizdevās izveidot. Lejupielādējiet dokumentu DOCX formātā vai mēģiniet vēlreiz.'
      : 'Dokumentu neizdevās pārveidot DOCX formātā. Mēģiniet vēlreiz vai sazinieties ar sistēmas administratoru.';
  return new DocumentError('CONVERSION_FAILED', `LibreOffice conversion to ${target} failed: ${detail}`, messageLv, {
    cause,
  });
}
