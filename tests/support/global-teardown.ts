import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  if (globalThis.rumisTestDatabase) {
    await globalThis.rumisTestDatabase.stop();
    const dir = process.env.RUMIS_TEST_PG_DIR;
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
