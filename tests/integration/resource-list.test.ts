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
import { uniqueSuffix } from '../support/people';

type Agent = Awaited<ReturnType<typeof loginAs>>;

describe('resource list filters', () => {
  let app: TestApp;
  let school: TestInstitution;
  let manager: Agent;
  let chromebook: number;
  let tablet: number;
  const tag = uniqueSuffix();
  const ids: Record<string, number> = {};

  const tabletParameters = { operating_system: 'iPadOS', ram_gb: 4, storage_gb: 64, screen_inches: 10.2 };

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app);
    manager = (await staffAgent(app, school, ['resource_manager'])).agent;
    chromebook = await subtypeIdOf(app.knex, 'chromebook');
    tablet = await subtypeIdOf(app.knex, 'tablet');

    const resources: Record<string, Record<string, unknown>> = {
      plain: {},
      tablet: { subtypeId: tablet, parameters: tabletParameters, model: 'iPad 9' },
      damaged: { status: 'damaged' },
      library: { location: 'library' },
      learning: { usagePurpose: 'institution_learning' },
      employees: { targetGroup: 'employees' },
      divide: { fundingProgramme: 'digital_divide' },
      grouped: { resourceGroup: `7.b-${tag}` },
      social: { socialSupport: true, targetGroup: 'socially_disadvantaged_learners' },
      latvian: { model: `Šķēle ${tag}` },
      ownName: { ownName: `Ģērbtuves ŽĒBRS ${tag}` },
    };
    for (const [name, overrides] of Object.entries(resources)) {
      const input = chromebookInput(chromebook, { ...overrides });
      const response = await manager.post('/api/panel/resources').send(input);
      expect(response.status).toBe(201);
      ids[name] = response.body.id;
    }
  });

  afterAll(async () => {
    await app.stop();
  });

  async function listIds(filter: Record<string, unknown>, agent: Agent = manager): Promise<number[]> {
    const response = await agent
      .get('/api/panel/resources')
      .query({ filter: JSON.stringify(filter), range: JSON.stringify([0, 499]), sort: JSON.stringify(['id', 'ASC']) });
    expect(response.status).toBe(200);
    return response.body.map((row: { id: number }) => row.id);
  }

  function without(...names: string[]): number[] {
    return Object.entries(ids)
      .filter(([name]) => !names.includes(name))
      .map(([, id]) => id)
      .sort((a, b) => a - b);
  }

  it.each([
    ['subtypeId', () => ({ subtypeId: tablet }), ['tablet']],
    ['status', () => ({ status: 'damaged' }), ['damaged']],
    ['location', () => ({ location: 'library' }), ['library']],
    ['usagePurpose', () => ({ usagePurpose: 'institution_learning' }), ['learning']],
    ['targetGroup', () => ({ targetGroup: 'employees' }), ['employees']],
    ['fundingProgramme', () => ({ fundingProgramme: 'digital_divide' }), ['divide']],
    ['resourceGroup', () => ({ resourceGroup: `7.b-${tag}` }), ['grouped']],
    ['socialSupport', () => ({ socialSupport: true }), ['social']],
  ])('filters by %s', async (_filter, filter, expected) => {
    const found = await listIds(filter());
    expect(found).toEqual(expected.map((name) => ids[name]));
  });

  it('filters by a list of statuses', async () => {
    const found = await listIds({ status: ['damaged', 'available'] });
    expect(found).toEqual(Object.values(ids).sort((a, b) => a - b));
  });

  it('filters by socialSupport false', async () => {
    const found = await listIds({ socialSupport: false });
    expect(found).toEqual(without('social'));
  });

  it('searches a serial number', async () => {
    const row = await app.knex('resources').where('id', ids.library).first('serial_number');
    expect(await listIds({ q: row.serial_number.toLowerCase() })).toEqual([ids.library]);
  });

  it('searches the model ignoring Latvian letter case', async () => {
    expect(await listIds({ q: `ŠĶĒLE ${tag.toUpperCase()}` })).toEqual([ids.latvian]);
    expect(await listIds({ q: `šķēle ${tag}` })).toEqual([ids.latvian]);
  });

  it('searches the own name ignoring Latvian letter case', async () => {
    expect(await listIds({ q: `ģērbtuves žēbrs ${tag}` })).toEqual([ids.ownName]);
  });

  it('matches search wildcards literally', async () => {
    expect(await listIds({ q: '%' })).toEqual([]);
    expect(await listIds({ q: '_' })).toEqual([]);
  });

  it('combines filters', async () => {
    expect(await listIds({ status: 'available', subtypeId: tablet, q: 'ipad' })).toEqual([ids.tablet]);
  });

  it('counts all matches in Content-Range', async () => {
    const response = await manager.get('/api/panel/resources').query({ range: JSON.stringify([0, 4]) });
    expect(response.body).toHaveLength(5);
    expect(response.headers['content-range']).toBe(`resources 0-4/${Object.keys(ids).length}`);
  });

  it('returns parameters as an object', async () => {
    const response = await manager.get(`/api/panel/resources/${ids.tablet}`);
    expect(response.body.parameters).toEqual(tabletParameters);
  });

  it('shows only resources in the scope', async () => {
    const otherSchool = await createInstitution(app, { supervisorCode: 'LV-DGV' });
    const otherManager = (await staffAgent(app, otherSchool, ['resource_manager'])).agent;
    const foreign = await otherManager.post('/api/panel/resources').send(chromebookInput(chromebook, { model: `Šķēle ${tag}` }));
    expect(await listIds({ q: `šķēle ${tag}` })).toEqual([ids.latvian]);
    expect((await manager.get(`/api/panel/resources/${foreign.body.id}`)).status).toBe(404);

    const municipal = await createStaff(app, { level: 'municipality', supervisorId: school.supervisorId, roles: ['report_viewer'] });
    const supervisorViewer = await loginAs(app, municipal.userId);
    expect(await listIds({ q: `šķēle ${tag}` }, supervisorViewer)).toEqual([ids.latvian]);
  });

  it.each([
    ['an unknown filter', { filter: JSON.stringify({ colour: 'red' }) }, 'FILTER_UNKNOWN'],
    ['an unknown status', { filter: JSON.stringify({ status: 'flying' }) }, 'FILTER_INVALID'],
    ['a text subtype id', { filter: JSON.stringify({ subtypeId: 'tablet' }) }, 'FILTER_INVALID'],
    ['an unknown sort field', { sort: JSON.stringify(['colour', 'ASC']) }, 'SORT_UNKNOWN'],
    ['malformed JSON', { filter: '{status' }, 'QUERY_INVALID'],
  ])('rejects %s', async (_case, query, code) => {
    const response = await manager.get('/api/panel/resources').query(query);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe(code);
  });
});
