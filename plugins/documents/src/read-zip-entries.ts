import { fromBuffer } from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';

/** Same zip-bomb limit as carbone 3.8.2 applies to templates (params.maxTemplateUncompressedSize). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

export interface ZipEntries {
  /** Every file and directory name in the archive. */
  names: string[];
  /** Contents of the entries that the filter selected. */
  contents: Map<string, Buffer>;
}

/**
 * Reads a zip archive from memory and returns the contents of the entries that `select`
 * accepts. Rejects when the buffer is not a zip archive, an entry is corrupt, or the
 * selected entries expand beyond MAX_UNCOMPRESSED_BYTES.
 */
export function readZipEntries(archive: Buffer, select: (name: string) => boolean): Promise<ZipEntries> {
  return new Promise((resolve, reject) => {
    fromBuffer(archive, { lazyEntries: true, validateEntrySizes: true }, (openError, zipFile) => {
      if (openError || !zipFile) {
        reject(openError ?? new Error('yauzl returned no zip file'));
        return;
      }
      collectEntries(zipFile, select).then(resolve, reject);
    });
  });
}

function collectEntries(zipFile: ZipFile, select: (name: string) => boolean): Promise<ZipEntries> {
  const result: ZipEntries = { names: [], contents: new Map() };
  let selectedBytes = 0;

  return new Promise((resolve, reject) => {
    const fail = (error: Error): void => {
      zipFile.close();
      reject(error);
    };

    zipFile.on('error', fail);
    zipFile.on('end', () => resolve(result));
    zipFile.on('entry', (entry: Entry) => {
      result.names.push(entry.fileName);
      if (entry.fileName.endsWith('/') || !select(entry.fileName)) {
        zipFile.readEntry();
        return;
      }

      selectedBytes += entry.uncompressedSize;
      if (selectedBytes > MAX_UNCOMPRESSED_BYTES) {
        fail(new Error(`Zip entries expand to more than ${MAX_UNCOMPRESSED_BYTES} bytes`));
        return;
      }

      readEntry(zipFile, entry).then((content) => {
        result.contents.set(entry.fileName, content);
        zipFile.readEntry();
      }, fail);
    });
    zipFile.readEntry();
  });
}

function readEntry(zipFile: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zipFile.openReadStream(entry, (streamError, stream) => {
      if (streamError || !stream) {
        reject(streamError ?? new Error(`yauzl returned no stream for ${entry.fileName}`));
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}
