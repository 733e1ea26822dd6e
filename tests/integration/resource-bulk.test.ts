import { startApp, type TestApp } from '../support/app';
import { chromebookInput, createInstitution, type loginAs, staffAgent, subtypeIdOf, type TestInstitution } from '../support/fixtures';

type Agent = Awaited<ReturnType<typeof loginAs>>;

interface ResourceState {
  status: string;
  location: string;
  written_off_on: string | null;
  write_off_reason: string | null;
  status_confirmed_at: Date;
}

describe('resource bulk changes and write-off', () => {
  let app: TestApp;
  let school: TestInstitution;
  let manager: Agent;
  let managerUserId: number;
  let chromebook: number;

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app);
    const staff = await staffAgent(app, school, ['resource_manager']);
    manager = staff.agent;
    managerUserId = staff.userId;
    chromebook = await subtypeIdOf(app.knex, 'chromebook');
  });

  afterAll(async () => {
    await app.stop();
  });

  async function newResources(count: number, overrides: Record<string, unknown> = {}, agent: Agent = manager): Promise<number[]> {
    const ids: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const response = await agent.post('/api/panel/resources').send(chromebookInput(chromebook, overrides));
      expect(response.status).toBe(201);
      ids.push(response.body.id);
    }
    return ids;
  }

  async function states(ids: number[]): Promise<ResourceState[]> {
    return app
      .knex('resources')
      .whereIn('id', ids)
      .orderBy('id')
      .select('status', 'location', 'written_off_on', 'write_off_reason', 'status_confirmed_at');
  }

  async function historyOf(id: number) {
    return app
      .knex('resource_status_changes')
      .where('resource_id', id)
      .orderBy('id')
      .select('from_status', 'to_status', 'reason', 'user_id');
  }

  /** Sets a status directly, as an allocation or handover would, without a history entry. */
  async function forceStatus(id: number, status: string) {
    await app.knex('resources').where('id', id).update({ status });
  }

  async function expectUnchanged(ids: number[], before: ResourceState[], historyCounts: number[]) {
    expect(await states(ids)).toEqual(before);
    for (const [index, id] of ids.entries()) {
      expect(await historyOf(id)).toHaveLength(historyCounts[index]);
    }
  }

  async function historyCounts(ids: number[]): Promise<number[]> {
    return Promise.all(ids.map(async (id) => (await historyOf(id)).length));
  }

  describe('bulk status', () => {
    it('changes every status and records who and why', async () => {
      const ids = await newResources(3);
      const response = await manager
        .post('/api/panel/resources/bulk-status')
        .send({ ids, status: 'maintenance', reason: 'Ikgadējā apkope' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ updated: 3, changed: 3 });
      for (const state of await states(ids)) {
        expect(state.status).toBe('maintenance');
      }
      for (const id of ids) {
        const history = await historyOf(id);
        expect(history[history.length - 1]).toEqual({
          from_status: 'available',
          to_status: 'maintenance',
          reason: 'Ikgadējā apkope',
          user_id: managerUserId,
        });
      }
      const shown = await manager.get(`/api/panel/resources/${ids[0]}`);
      expect(shown.body.history[0]).toMatchObject({
        fromStatus: 'available',
        toStatus: 'maintenance',
        reason: 'Ikgadējā apkope',
        firstName: 'Testa',
      });
      expect(typeof shown.body.history[0].changedAt).toBe('string');
    });

    it('confirms an unchanged status without a history entry', async () => {
      const [id] = await newResources(1);
      const past = new Date(Date.now() - 30 * 86_400_000);
      await app.knex('resources').where('id', id).update({ status_confirmed_at: past });
      const response = await manager.post('/api/panel/resources/bulk-status').send({ ids: [id], status: 'available' });
      expect(response.body).toEqual({ updated: 1, changed: 0 });
      expect(await historyOf(id)).toHaveLength(1);
      const [state] = await states([id]);
      expect(state.status_confirmed_at.getTime()).toBeGreaterThan(past.getTime());
    });

    it.each(['reserved', 'in_use', 'written_off'])('rejects the whole set when one is %s', async (lockedStatus) => {
      const ids = await newResources(3);
      await forceStatus(ids[1], lockedStatus);
      const before = await states(ids);
      const counts = await historyCounts(ids);
      const number = (await app.knex('resources').where('id', ids[1]).first('number')).number;

      const response = await manager.post('/api/panel/resources/bulk-status').send({ ids, status: 'damaged' });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('RESOURCE_STATUS_LOCKED');
      expect(response.body.error.message).toContain(number);
      await expectUnchanged(ids, before, counts);
    });

    it.each(['reserved', 'in_use', 'written_off'])('rejects %s as a target status', async (status) => {
      const ids = await newResources(1);
      const response = await manager.post('/api/panel/resources/bulk-status').send({ ids, status });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('FIELD_NOT_ALLOWED');
      expect(response.body.error.field).toBe('status');
    });

    it('returns 404 for another school id', async () => {
      const ids = await newResources(2);
      const otherSchool = await createInstitution(app);
      const otherManager = (await staffAgent(app, otherSchool, ['resource_manager'])).agent;
      const [foreign] = await newResources(1, {}, otherManager);
      const before = await states([...ids, foreign]);

      const response = await manager.post('/api/panel/resources/bulk-status').send({ ids: [...ids, foreign], status: 'damaged' });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('RESOURCE_NOT_FOUND');
      expect(await states([...ids, foreign])).toEqual(before);
    });

    it.each([
      ['an empty id list', { ids: [], status: 'damaged' }, 'ids'],
      ['a text id', { ids: ['abc'], status: 'damaged' }, 'ids[0]'],
      ['a missing status', { ids: [1] }, 'status'],
      ['an unknown field', { ids: [1], status: 'damaged', location: 'storage' }, undefined],
      ['1001 ids', { ids: Array.from({ length: 1001 }, (_value, index) => index + 1), status: 'damaged' }, 'ids'],
    ])('rejects %s', async (_case, body, field) => {
      const response = await manager.post('/api/panel/resources/bulk-status').send(body);
      expect(response.status).toBe(400);
      if (field) {
        expect(response.body.error.field).toBe(field);
      }
    });

    it('rejects a profile without the manager role', async () => {
      const ids = await newResources(1);
      const reviewer = (await staffAgent(app, school, ['application_reviewer'])).agent;
      const response = await reviewer.post('/api/panel/resources/bulk-status').send({ ids, status: 'damaged' });
      expect(response.status).toBe(403);
    });
  });

  describe('bulk location', () => {
    it('moves every resource', async () => {
      const ids = await newResources(3);
      const response = await manager.post('/api/panel/resources/bulk-location').send({ ids, location: 'library' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ updated: 3 });
      for (const state of await states(ids)) {
        expect(state.location).toBe('library');
        expect(state.status).toBe('available');
      }
    });

    it('rejects the whole set when one is in use', async () => {
      const ids = await newResources(2);
      await forceStatus(ids[0], 'in_use');
      const before = await states(ids);
      const response = await manager.post('/api/panel/resources/bulk-location').send({ ids, location: 'classroom' });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('RESOURCE_STATUS_LOCKED');
      expect(await states(ids)).toEqual(before);
    });

    it('rejects an unknown location', async () => {
      const ids = await newResources(1);
      const response = await manager.post('/api/panel/resources/bulk-location').send({ ids, location: 'attic' });
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe('location');
    });
  });

  describe('write-off', () => {
    it('writes a resource off with date and reason', async () => {
      const [id] = await newResources(1, { status: 'damaged' });
      const response = await manager.post(`/api/panel/resources/${id}/write-off`).send({ date: '2026-01-15', reason: 'Nav remontējams' });
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('written_off');
      expect(response.body.writtenOffOn).toBe('2026-01-15');
      expect(response.body.writeOffReason).toBe('Nav remontējams');
      const history = await historyOf(id);
      expect(history[history.length - 1]).toEqual({
        from_status: 'damaged',
        to_status: 'written_off',
        reason: 'Nav remontējams',
        user_id: managerUserId,
      });
    });

    it('rejects writing off twice', async () => {
      const [id] = await newResources(1);
      expect((await manager.post(`/api/panel/resources/${id}/write-off`).send({ date: '2026-01-15', reason: 'Bojāts' })).status).toBe(200);
      const again = await manager.post(`/api/panel/resources/${id}/write-off`).send({ date: '2026-01-16', reason: 'Vēlreiz' });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('RESOURCE_STATUS_LOCKED');
      const [state] = await states([id]);
      expect(state.written_off_on).toBe('2026-01-15');
    });

    it.each(['reserved', 'in_use'])('rejects write-off in status %s', async (status) => {
      const [id] = await newResources(1);
      await forceStatus(id, status);
      const response = await manager.post(`/api/panel/resources/${id}/write-off`).send({ date: '2026-01-15', reason: 'Bojāts' });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('RESOURCE_STATUS_LOCKED');
      const [state] = await states([id]);
      expect(state.status).toBe(status);
    });

    it('keeps a written-off status from being changed in the form', async () => {
      const [id] = await newResources(1);
      await manager.post(`/api/panel/resources/${id}/write-off`).send({ date: '2026-01-15', reason: 'Bojāts' });
      const current = (await manager.get(`/api/panel/resources/${id}`)).body;
      const response = await manager.put(`/api/panel/resources/${id}`).send({ ...current, status: 'available' });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('RESOURCE_STATUS_LOCKED');
    });

    it('rejects a date in the future', async () => {
      const [id] = await newResources(1);
      const response = await manager.post(`/api/panel/resources/${id}/write-off`).send({ date: '2999-01-01', reason: 'Bojāts' });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('WRITE_OFF_DATE_IN_FUTURE');
      expect(response.body.error.field).toBe('date');
    });

    it('rejects a date before the acquisition', async () => {
      const [id] = await newResources(1, { acquisitionDate: '2023-02-01' });
      const response = await manager.post(`/api/panel/resources/${id}/write-off`).send({ date: '2022-12-31', reason: 'Bojāts' });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('WRITE_OFF_BEFORE_ACQUISITION');
    });

    it.each([
      ['a missing reason', { date: '2026-01-15' }, 'reason'],
      ['a missing date', { reason: 'Bojāts' }, 'date'],
      ['an impossible date', { date: '2026-02-30', reason: 'Bojāts' }, 'date'],
      ['a 256-character reason', { date: '2026-01-15', reason: 'x'.repeat(256) }, 'reason'],
    ])('rejects %s', async (_case, body, field) => {
      const [id] = await newResources(1);
      const response = await manager.post(`/api/panel/resources/${id}/write-off`).send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe(field);
    });

    it('returns 404 for another school resource', async () => {
      const otherSchool = await createInstitution(app);
      const otherManager = (await staffAgent(app, otherSchool, ['resource_manager'])).agent;
      const [foreign] = await newResources(1, {}, otherManager);
      const response = await manager.post(`/api/panel/resources/${foreign}/write-off`).send({ date: '2026-01-15', reason: 'Bojāts' });
      expect(response.status).toBe(404);
    });

    it('writes many resources off at once', async () => {
      const ids = await newResources(3);
      const response = await manager.post('/api/panel/resources/bulk-write-off').send({ ids, date: '2026-02-01', reason: 'Nolietoti' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ updated: 3 });
      for (const state of await states(ids)) {
        expect(state).toMatchObject({ status: 'written_off', written_off_on: '2026-02-01', write_off_reason: 'Nolietoti' });
      }
      for (const id of ids) {
        const history = await historyOf(id);
        expect(history[history.length - 1]).toMatchObject({ to_status: 'written_off', reason: 'Nolietoti' });
      }
    });

    it('writes none off when one is in use', async () => {
      const ids = await newResources(3);
      await forceStatus(ids[2], 'in_use');
      const before = await states(ids);
      const counts = await historyCounts(ids);
      const response = await manager.post('/api/panel/resources/bulk-write-off').send({ ids, date: '2026-02-01', reason: 'Nolietoti' });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('RESOURCE_STATUS_LOCKED');
      await expectUnchanged(ids, before, counts);
    });
  });
});
