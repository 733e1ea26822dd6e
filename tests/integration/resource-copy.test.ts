import { startApp, type TestApp } from '../support/app';
import { chromebookInput, createInstitution, type loginAs, staffAgent, subtypeIdOf, type TestInstitution } from '../support/fixtures';
import { uniqueSuffix } from '../support/people';

type Agent = Awaited<ReturnType<typeof loginAs>>;

const COPIED_COLUMNS = [
  'institution_id',
  'type_id',
  'subtype_id',
  'manufacturer',
  'model',
  'manufacture_year',
  'own_name',
  'resource_group',
  'acquisition_type',
  'funding_programme',
  'acquisition_date',
  'value_eur',
  'usage_purpose',
  'target_group',
  'social_support',
  'location',
  'parameters',
  'notes',
];

describe('resource copy', () => {
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

  function items(count: number) {
    return Array.from({ length: count }, () => ({ serialNumber: `SN-${uniqueSuffix()}`, inventoryNumber: `INV-${uniqueSuffix()}` }));
  }

  async function newSource(overrides: Record<string, unknown> = {}): Promise<{ id: number; number: string }> {
    const response = await manager
      .post('/api/panel/resources')
      .send(
        chromebookInput(chromebook, { ownName: 'Klases komplekts 7.b', resourceGroup: '7.b', notes: 'Jauns, iepakojumā', ...overrides }),
      );
    expect(response.status).toBe(201);
    return response.body;
  }

  async function institutionResourceCount(): Promise<number> {
    const [{ count }] = await app.knex('resources').where('institution_id', school.id).count({ count: '*' });
    return Number(count);
  }

  function sequenceOf(number: string): number {
    return Number(number.split('-').pop());
  }

  it('creates identical resources with consecutive numbers', async () => {
    const source = await newSource();
    const copyItems = items(3);
    const response = await manager.post(`/api/panel/resources/${source.id}/copy`).send({ items: copyItems });
    expect(response.status).toBe(201);
    expect(response.body).toHaveLength(3);
    const sequences = response.body.map((row: { number: string }) => sequenceOf(row.number));
    expect(sequences).toEqual([sequenceOf(source.number) + 1, sequenceOf(source.number) + 2, sequenceOf(source.number) + 3]);

    const original = await app.knex('resources').where('id', source.id).first(COPIED_COLUMNS);
    for (const [index, created] of (response.body as Array<{ id: number; number: string }>).entries()) {
      const copy = await app
        .knex('resources')
        .where('id', created.id)
        .first([...COPIED_COLUMNS, 'number', 'serial_number', 'inventory_number', 'status']);
      expect(copy.number).toBe(created.number);
      expect(copy.serial_number).toBe(copyItems[index].serialNumber);
      expect(copy.inventory_number).toBe(copyItems[index].inventoryNumber);
      expect(copy.status).toBe('available');
      for (const column of COPIED_COLUMNS) {
        expect({ column, value: copy[column] }).toEqual({ column, value: original[column] });
      }
    }
  });

  it('records the first status of each copy', async () => {
    const source = await newSource({ status: 'in_reserve' });
    const response = await manager.post(`/api/panel/resources/${source.id}/copy`).send({ items: items(2) });
    expect(response.status).toBe(201);
    for (const created of response.body as Array<{ id: number }>) {
      const history = await app
        .knex('resource_status_changes')
        .where('resource_id', created.id)
        .select('from_status', 'to_status', 'user_id', 'changed_at');
      expect(history).toHaveLength(1);
      expect(history[0].from_status).toBeNull();
      expect(history[0].to_status).toBe('in_reserve');
      expect(history[0].user_id).toBe(managerUserId);
      expect(history[0].changed_at).toBeInstanceOf(Date);
    }
    const shown = await manager.get(`/api/panel/resources/${response.body[0].id}`);
    expect(shown.body.history[0].lastName).toMatch(/^Darbinieks /);
  });

  it.each(['reserved', 'in_use', 'written_off'])('copy of a source in status %s is new', async (status) => {
    const source = await newSource();
    await app.knex('resources').where('id', source.id).update({ status });
    const response = await manager.post(`/api/panel/resources/${source.id}/copy`).send({ items: items(1) });
    expect(response.status).toBe(201);
    const copy = await app.knex('resources').where('id', response.body[0].id).first('status', 'written_off_on');
    expect(copy.status).toBe('new');
    expect(copy.written_off_on).toBeNull();
  });

  it('rejects a registered serial number', async () => {
    const source = await newSource();
    const other = await newSource();
    const otherRow = await app.knex('resources').where('id', other.id).first('serial_number');
    const copyItems = items(3);
    copyItems[1].serialNumber = otherRow.serial_number.toLowerCase();
    const before = await institutionResourceCount();

    const response = await manager.post(`/api/panel/resources/${source.id}/copy`).send({ items: copyItems });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('SERIAL_NUMBER_TAKEN');
    expect(response.body.error.field).toBe('items[1].serialNumber');
    expect(response.body.error.message).toContain(other.number);
    expect(await institutionResourceCount()).toBe(before);
  });

  it('rejects the source serial number', async () => {
    const source = await newSource();
    const sourceRow = await app.knex('resources').where('id', source.id).first('serial_number');
    const response = await manager
      .post(`/api/panel/resources/${source.id}/copy`)
      .send({ items: [{ serialNumber: sourceRow.serial_number, inventoryNumber: `INV-${uniqueSuffix()}` }] });
    expect(response.status).toBe(409);
    expect(response.body.error.field).toBe('items[0].serialNumber');
    expect(response.body.error.message).toContain(source.number);
  });

  it('rejects a registered inventory number', async () => {
    const source = await newSource();
    const sourceRow = await app.knex('resources').where('id', source.id).first('inventory_number');
    const copyItems = items(4);
    copyItems[3].inventoryNumber = sourceRow.inventory_number.toUpperCase();
    const response = await manager.post(`/api/panel/resources/${source.id}/copy`).send({ items: copyItems });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('INVENTORY_NUMBER_TAKEN');
    expect(response.body.error.field).toBe('items[3].inventoryNumber');
  });

  it('rejects numbers repeated within the items', async () => {
    const source = await newSource();
    const before = await institutionResourceCount();
    const copyItems = items(4);
    copyItems[3].inventoryNumber = copyItems[1].inventoryNumber.toLowerCase();
    const repeatedInventory = await manager.post(`/api/panel/resources/${source.id}/copy`).send({ items: copyItems });
    expect(repeatedInventory.status).toBe(409);
    expect(repeatedInventory.body.error.code).toBe('INVENTORY_NUMBER_REPEATED');
    expect(repeatedInventory.body.error.field).toBe('items[3].inventoryNumber');
    expect(repeatedInventory.body.error.message).toContain('2.');

    const serialItems = items(3);
    serialItems[2].serialNumber = serialItems[0].serialNumber;
    const repeatedSerial = await manager.post(`/api/panel/resources/${source.id}/copy`).send({ items: serialItems });
    expect(repeatedSerial.status).toBe(409);
    expect(repeatedSerial.body.error.code).toBe('SERIAL_NUMBER_REPEATED');
    expect(repeatedSerial.body.error.field).toBe('items[2].serialNumber');
    expect(await institutionResourceCount()).toBe(before);
  });

  it.each([
    ['no items', { items: [] }, 'items'],
    [
      '201 items',
      { items: Array.from({ length: 201 }, (_value, index) => ({ serialNumber: `S${index}`, inventoryNumber: `I${index}` })) },
      'items',
    ],
    ['a missing serial number', { items: [{ inventoryNumber: 'INV-1' }] }, 'items[0].serialNumber'],
    ['an unknown item field', { items: [{ serialNumber: 'S', inventoryNumber: 'I', model: 'X' }] }, 'items[0]'],
    ['a missing items list', {}, 'items'],
  ])('rejects %s', async (_case, body, field) => {
    const source = await newSource();
    const response = await manager.post(`/api/panel/resources/${source.id}/copy`).send(body);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
  });

  it('copies 200 items in one request', async () => {
    const source = await newSource();
    const response = await manager.post(`/api/panel/resources/${source.id}/copy`).send({ items: items(200) });
    expect(response.status).toBe(201);
    expect(response.body).toHaveLength(200);
    expect(sequenceOf(response.body[199].number)).toBe(sequenceOf(source.number) + 200);
  });

  it('returns 404 for another school resource', async () => {
    const otherSchool = await createInstitution(app);
    const otherManager = (await staffAgent(app, otherSchool, ['resource_manager'])).agent;
    const foreign = await otherManager.post('/api/panel/resources').send(chromebookInput(chromebook));
    const response = await manager.post(`/api/panel/resources/${foreign.body.id}/copy`).send({ items: items(1) });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('RESOURCE_NOT_FOUND');
  });

  it('rejects a copy by a profile without the manager role', async () => {
    const source = await newSource();
    const issuer = (await staffAgent(app, school, ['resource_issuer'])).agent;
    const response = await issuer.post(`/api/panel/resources/${source.id}/copy`).send({ items: items(1) });
    expect(response.status).toBe(403);
  });
});
