import type { Knex } from 'knex';
import { startApp, type TestApp } from '../support/app';
import {
  chromebookInput,
  createInstitution,
  createStaff,
  loginAs,
  staffAgent,
  subtypeIdOf,
  type TestInstitution,
} from '../support/fixtures';

type Agent = Awaited<ReturnType<typeof loginAs>>;

interface Dashboard {
  byStatus: Array<{ status: string; count: number }>;
  bySubtype: Array<{ subtypeId: number; subtypeLabel: string; count: number }>;
  stale: { days: number; count: number; sample: Array<{ id: number; number: string; status: string; statusConfirmedAt: string | null }> };
}

const DAY = 86_400_000;

describe('resource dashboard', () => {
  let app: TestApp;
  let school: TestInstitution;
  let sibling: TestInstitution;
  let manager: Agent;
  let chromebook: number;
  let tablet: number;
  const staleIds: number[] = [];

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app, { supervisorCode: 'LV-VEN' });
    sibling = await createInstitution(app, { supervisorCode: 'LV-VEN' });
    manager = (await staffAgent(app, school, ['resource_manager'])).agent;
    const siblingManager = (await staffAgent(app, sibling, ['resource_manager'])).agent;
    chromebook = await subtypeIdOf(app.knex, 'chromebook');
    tablet = await subtypeIdOf(app.knex, 'tablet');
    const tabletParameters = { operating_system: 'Android', ram_gb: 4, storage_gb: 64, screen_inches: 10 };

    const statuses = ['available', 'available', 'available', 'damaged', 'in_reserve', 'new', 'maintenance'];
    const created: number[] = [];
    for (const [index, status] of statuses.entries()) {
      const overrides = index % 3 === 0 ? { status, subtypeId: tablet, parameters: tabletParameters } : { status };
      const response = await manager.post('/api/panel/resources').send(chromebookInput(chromebook, overrides));
      expect(response.status).toBe(201);
      created.push(response.body.id);
    }
    for (let index = 0; index < 2; index += 1) {
      await siblingManager.post('/api/panel/resources').send(chromebookInput(chromebook, { status: 'damaged' }));
    }
    await manager.post(`/api/panel/resources/${created[6]}/write-off`).send({ date: '2026-01-10', reason: 'Bojāts' });

    // Two statuses not confirmed for a month, one never confirmed, and an old written-off one, which is not stale.
    await app
      .knex('resources')
      .whereIn('id', [created[0], created[3]])
      .update({ status_confirmed_at: new Date(Date.now() - 30 * DAY) });
    await app.knex('resources').where('id', created[4]).update({ status_confirmed_at: null });
    await app
      .knex('resources')
      .where('id', created[6])
      .update({ status_confirmed_at: new Date(Date.now() - 60 * DAY) });
    await app
      .knex('resources')
      .where('id', created[5])
      .update({ status_confirmed_at: new Date(Date.now() - 9 * DAY) });
    staleIds.push(created[4], created[0], created[3]);
  });

  afterAll(async () => {
    await app.stop();
  });

  async function dashboard(agent: Agent): Promise<Dashboard> {
    const response = await agent.get('/api/panel/dashboard/resources');
    expect(response.status).toBe(200);
    return response.body;
  }

  function institutionsOf(query: Knex.QueryBuilder, institutionIds: number[]) {
    return query.whereIn('r.institution_id', institutionIds);
  }

  async function sqlByStatus(institutionIds: number[]) {
    const rows: Array<{ status: string; count: string }> = await institutionsOf(app.knex('resources as r'), institutionIds)
      .groupBy('r.status')
      .orderBy('r.status')
      .select('r.status')
      .count({ count: '*' });
    return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
  }

  async function sqlBySubtype(institutionIds: number[]) {
    const rows: Array<{ id: number; label_lv: string; count: string }> = await institutionsOf(
      app.knex('resources as r').join('resource_subtypes as s', 's.id', 'r.subtype_id'),
      institutionIds,
    )
      .groupBy('s.id', 's.label_lv')
      .orderBy('s.label_lv')
      .select('s.id', 's.label_lv')
      .count({ count: '*' });
    return rows.map((row) => ({ subtypeId: row.id, subtypeLabel: row.label_lv, count: Number(row.count) }));
  }

  it('counts the school resources by status', async () => {
    const tile = await dashboard(manager);
    expect(tile.byStatus).toEqual(await sqlByStatus([school.id]));
    expect(tile.byStatus).toEqual([
      { status: 'available', count: 3 },
      { status: 'damaged', count: 1 },
      { status: 'in_reserve', count: 1 },
      { status: 'new', count: 1 },
      { status: 'written_off', count: 1 },
    ]);
  });

  it('counts the school resources by subtype', async () => {
    const tile = await dashboard(manager);
    expect(tile.bySubtype).toEqual(await sqlBySubtype([school.id]));
    const counts = Object.fromEntries(tile.bySubtype.map((row) => [row.subtypeId, row.count]));
    expect(counts).toEqual({ [chromebook]: 4, [tablet]: 3 });
    expect(tile.bySubtype.find((row) => row.subtypeId === tablet)?.subtypeLabel).toBe('Planšetdators');
  });

  it('lists statuses not confirmed for 10 days', async () => {
    const tile = await dashboard(manager);
    expect(tile.stale.days).toBe(10);
    expect(tile.stale.count).toBe(3);
    // The never confirmed one comes first, then the oldest.
    expect(tile.stale.sample.map((row) => row.id)).toEqual(staleIds);
    expect(tile.stale.sample[0].statusConfirmedAt).toBeNull();
    expect(tile.stale.sample[1].number).toMatch(new RegExp(`^RES-${school.registrationNumber}-`));

    const [{ count }] = await app
      .knex('resources')
      .where('institution_id', school.id)
      .whereNot('status', 'written_off')
      .where((inner) => inner.whereNull('status_confirmed_at').orWhere('status_confirmed_at', '<', new Date(Date.now() - 10 * DAY)))
      .count({ count: '*' });
    expect(tile.stale.count).toBe(Number(count));
  });

  it('filters the resource list to the same stale resources', async () => {
    const tile = await dashboard(manager);
    const filter = encodeURIComponent(JSON.stringify({ stale: true }));
    const list = await manager.get(`/api/panel/resources?filter=${filter}&range=[0,99]`);
    expect(list.status).toBe(200);
    expect((list.body as Array<{ id: number }>).map((row) => row.id).sort((a, b) => a - b)).toEqual([...staleIds].sort((a, b) => a - b));
    expect(list.headers['content-range']).toMatch(new RegExp(`/${tile.stale.count}$`));
  });

  it('drops a resource from the stale list once its status is confirmed', async () => {
    const confirmed = await manager.post('/api/panel/resources/bulk-status').send({ ids: [staleIds[1]], status: 'available' });
    expect(confirmed.status).toBe(200);
    const tile = await dashboard(manager);
    expect(tile.stale.count).toBe(2);
    expect(tile.stale.sample.map((row) => row.id)).toEqual([staleIds[0], staleIds[2]]);
    staleIds.splice(1, 1);
  });

  it('sums the schools of a supervisor profile', async () => {
    const municipal = await createStaff(app, { level: 'municipality', supervisorId: school.supervisorId, roles: ['report_viewer'] });
    const tile = await dashboard(await loginAs(app, municipal.userId));
    const schoolIds: number[] = await app.knex('institutions').where('supervisor_id', school.supervisorId).pluck('id');
    expect(schoolIds).toEqual(expect.arrayContaining([school.id, sibling.id]));
    expect(tile.byStatus).toEqual(await sqlByStatus(schoolIds));
    expect(tile.bySubtype).toEqual(await sqlBySubtype(schoolIds));
    const damaged = tile.byStatus.find((row) => row.status === 'damaged')?.count ?? 0;
    expect(damaged).toBeGreaterThanOrEqual(3);
  });

  it('shows only its own school to a school profile', async () => {
    const siblingViewer = (await staffAgent(app, sibling, ['report_viewer'])).agent;
    const tile = await dashboard(siblingViewer);
    expect(tile.byStatus).toEqual([{ status: 'damaged', count: 2 }]);
    expect(tile.stale.count).toBe(0);
  });

  it('rejects a profile without a dashboard role', async () => {
    const issuer = (await staffAgent(app, school, ['resource_issuer'])).agent;
    const response = await issuer.get('/api/panel/dashboard/resources');
    expect(response.status).toBe(403);
  });
});
