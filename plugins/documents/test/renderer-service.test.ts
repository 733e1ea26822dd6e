import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { defaultTemplatePath } from '../src';
import type { TemplateCriteria } from '../src';
import { TEMPLATE_UID, createRenderer } from '../src/server/services/renderer';
import type { RendererHost } from '../src/server/services/renderer';
import { documentErrorOf, makeTempDir, writeFakeSoffice } from './fixtures';

interface FindManyCall {
  uid: string;
  params: unknown;
}

interface FakeHost extends RendererHost {
  calls: FindManyCall[];
  logged: Array<{ message: string; meta: Record<string, unknown> }>;
}

function fakeHost(rows: unknown[], publicDir: string, config: Record<string, unknown> = {}): FakeHost {
  const calls: FindManyCall[] = [];
  const logged: FakeHost['logged'] = [];
  return {
    calls,
    logged,
    db: {
      query: (uid) => ({
        findMany: async (params) => {
          calls.push({ uid, params });
          return rows;
        },
      }),
    },
    dirs: { static: { public: publicDir } },
    config: { get: (key) => config[key] },
    log: { info: (message, meta) => logged.push({ message, meta }) },
  };
}

function templateRow(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 10,
    name: 'Iestādes akts',
    kind: 'handover-act',
    resourceTypeCode: 'computer',
    level: 'institution',
    supervisorId: null,
    institutionId: 42,
    validFrom: '2025-01-01',
    validTo: null,
    active: true,
    file: { name: 'akts.docx', url: '/uploads/akts_abc123.docx', provider: 'local' },
    ...overrides,
  };
}

const criteria: TemplateCriteria = {
  kind: 'handover-act',
  resourceTypeCode: 'computer',
  institutionId: 42,
  supervisorId: 7,
  on: new Date('2025-09-01T09:00:00Z'),
};

describe('renderer service', () => {
  let publicDir: ReturnType<typeof makeTempDir>;

  beforeEach(() => {
    publicDir = makeTempDir('public');
    mkdirSync(path.join(publicDir.dir, 'uploads'));
    writeFileSync(path.join(publicDir.dir, 'uploads', 'akts_abc123.docx'), 'stored template bytes');
  });

  afterEach(() => {
    publicDir.remove();
  });

  test('loadTemplate reads the picked stored file', async () => {
    const host = fakeHost(
      [templateRow({ id: 11, level: 'state', institutionId: null, file: null }), templateRow({})],
      publicDir.dir,
    );

    const loaded = await createRenderer(host).loadTemplate(criteria);

    expect(loaded.templateId).toBe(10);
    expect(loaded.name).toBe('Iestādes akts');
    expect(loaded.content.toString('utf8')).toBe('stored template bytes');
    expect(host.calls).toEqual([
      {
        uid: TEMPLATE_UID,
        params: {
          where: { kind: 'handover-act', resourceTypeCode: 'computer', active: true },
          populate: { file: true },
        },
      },
    ]);
  });

  test('loadTemplate falls back to the default template', async () => {
    const host = fakeHost([templateRow({ institutionId: 99 })], publicDir.dir);

    const loaded = await createRenderer(host).loadTemplate(criteria);

    expect(loaded.templateId).toBeNull();
    expect(loaded.content.equals(readFileSync(defaultTemplatePath('handover-act')))).toBe(true);
    expect(host.logged).toHaveLength(1);
    expect(host.logged[0].meta).toEqual({ kind: 'handover-act', resourceTypeCode: 'computer', institutionId: 42 });
  });

  test('loadTemplate rejects a file URL outside the public folder', async () => {
    const host = fakeHost(
      [templateRow({ file: { name: 'x', url: '/../../etc/passwd', provider: 'local' } })],
      publicDir.dir,
    );

    const error = await documentErrorOf(createRenderer(host).loadTemplate(criteria));

    expect(error.code).toBe('TEMPLATE_UNREADABLE');
    expect(error.message).toContain('points outside');
  });

  test('loadTemplate rejects another upload provider', async () => {
    const host = fakeHost(
      [templateRow({ file: { name: 'x', url: 'https://bucket/x.docx', provider: 'aws-s3' } })],
      publicDir.dir,
    );

    const error = await documentErrorOf(createRenderer(host).loadTemplate(criteria));

    expect(error.code).toBe('TEMPLATE_UNREADABLE');
    expect(error.messageLv).toBe(
      'Dokumenta veidni "Iestādes akts" nevar nolasīt. Sazinieties ar sistēmas administratoru.',
    );
  });

  test('loadTemplate rejects a stored file that is gone', async () => {
    const host = fakeHost(
      [templateRow({ file: { name: 'x', url: '/uploads/gone.docx', provider: 'local' } })],
      publicDir.dir,
    );

    const error = await documentErrorOf(createRenderer(host).loadTemplate(criteria));

    expect(error.code).toBe('TEMPLATE_UNREADABLE');
  });

  test('loadTemplate rejects a malformed row', async () => {
    const host = fakeHost([templateRow({ level: 'county' })], publicDir.dir);

    await expect(createRenderer(host).loadTemplate(criteria)).rejects.toThrow(
      'Document template 10: level is "county", expected one of state, municipality, institution',
    );
  });

  test('isPdfAvailable uses the configured libreOfficeDir', () => {
    const fake = makeTempDir('fake-soffice');
    try {
      writeFakeSoffice(fake.dir, 'exit 0');
      const host = fakeHost([], publicDir.dir, { 'plugin::documents.libreOfficeDir': fake.dir });

      expect(createRenderer(host).isPdfAvailable()).toBe(true);
    } finally {
      fake.remove();
    }
  });
});
