import { createId } from '@paralleldrive/cuid2';
import { startApp, type TestApp } from '../support/app';
import { chromebookInput, createInstitution, type loginAs, staffAgent, subtypeIdOf, type TestInstitution } from '../support/fixtures';
import { uniqueSuffix } from '../support/people';

type Agent = Awaited<ReturnType<typeof loginAs>>;

describe('resource technical parameters and identity numbers', () => {
  let app: TestApp;
  let school: TestInstitution;
  let manager: Agent;
  let chromebook: number;
  let windowsLaptop: number;

  beforeAll(async () => {
    app = await startApp();
    school = await createInstitution(app);
    manager = (await staffAgent(app, school, ['resource_manager'])).agent;
    chromebook = await subtypeIdOf(app.knex, 'chromebook');
    windowsLaptop = await subtypeIdOf(app.knex, 'windows_laptop');
  });

  afterAll(async () => {
    await app.stop();
  });

  async function resourceCount(): Promise<number> {
    const [{ count }] = await app.knex('resources').where('institution_id', school.id).count({ count: '*' });
    return Number(count);
  }

  async function expectCreateRejected(input: Record<string, unknown>, status: number, code: string, field: string) {
    const before = await resourceCount();
    const response = await manager.post('/api/panel/resources').send(input);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.field).toBe(field);
    expect(response.body.error.message.length).toBeGreaterThan(10);
    expect(await resourceCount()).toBe(before);
    return response;
  }

  async function create(overrides: Record<string, unknown> = {}, agent: Agent = manager, subtypeId = chromebook) {
    const response = await agent.post('/api/panel/resources').send(chromebookInput(subtypeId, overrides));
    expect(response.status).toBe(201);
    return response.body as { id: number; number: string };
  }

  async function storedParameters(id: number): Promise<Record<string, unknown>> {
    const row = await app.knex('resources').where('id', id).first('parameters');
    // Strapi's connection returns jsonb columns as text.
    return JSON.parse(row.parameters);
  }

  const baseParameters = { operating_system: 'ChromeOS', ram_gb: 4, storage_gb: 64, screen_inches: 14 };

  describe('parameters', () => {
    it('rejects a key the subtype does not define', async () => {
      const response = await expectCreateRejected(
        chromebookInput(chromebook, { parameters: { ...baseParameters, battery_wh: 50 } }),
        400,
        'PARAMETER_UNKNOWN',
        'parameters.battery_wh',
      );
      expect(response.body.error.message).toContain('battery_wh');
    });

    it('rejects a key of another subtype', async () => {
      // Windows laptops in the seed catalog record no stylus.
      await expectCreateRejected(
        chromebookInput(windowsLaptop, { parameters: { ...baseParameters, stylus: true } }),
        400,
        'PARAMETER_UNKNOWN',
        'parameters.stylus',
      );
    });

    it('drops an empty key of another subtype', async () => {
      const created = await create({ parameters: { ...baseParameters, stylus: null, case_type: '' } }, manager, windowsLaptop);
      expect(await storedParameters(created.id)).toEqual(baseParameters);
    });

    it.each([
      ['ram_gb', 'a numeric string', '8'],
      ['ram_gb', 'zero', 0],
      ['ram_gb', 'a negative number', -4],
      ['storage_gb', 'a word', 'liels'],
      ['screen_inches', 'a boolean', false],
      ['stylus', 'a word', 'jā'],
      ['stylus', 'a number', 1],
      ['operating_system', 'a number', 10],
      ['connectivity', 'a 201-character text', 'x'.repeat(201)],
    ])('rejects %s given %s', async (key, _description, value) => {
      await expectCreateRejected(
        chromebookInput(chromebook, { parameters: { ...baseParameters, [key]: value } }),
        400,
        'PARAMETER_TYPE',
        `parameters.${key}`,
      );
    });

    it('rejects a missing required parameter', async () => {
      const { ram_gb: _omitted, ...withoutRam } = baseParameters;
      await expectCreateRejected(chromebookInput(chromebook, { parameters: withoutRam }), 400, 'PARAMETER_REQUIRED', 'parameters.ram_gb');
    });

    it('rejects parameters that are not an object', async () => {
      const response = await manager.post('/api/panel/resources').send(chromebookInput(chromebook, { parameters: 'ChromeOS' }));
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe('parameters');
    });

    it('stores every parameter type', async () => {
      const parameters = {
        ...baseParameters,
        screen_inches: 11.6,
        stylus: true,
        case_type: ' Pastiprināts ',
        connectivity: 'Wi-Fi, LTE',
        notes: 'Ar maciņu',
      };
      const created = await create({ parameters });
      expect(await storedParameters(created.id)).toEqual({ ...parameters, case_type: 'Pastiprināts' });
    });

    it('checks parameters on update too', async () => {
      const created = await create();
      const current = (await manager.get(`/api/panel/resources/${created.id}`)).body;
      const unknown = await manager
        .put(`/api/panel/resources/${created.id}`)
        .send({ ...current, parameters: { ...baseParameters, battery_wh: 50 } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.code).toBe('PARAMETER_UNKNOWN');
      const wrongType = await manager
        .put(`/api/panel/resources/${created.id}`)
        .send({ ...current, parameters: { ...baseParameters, ram_gb: 'daudz' } });
      expect(wrongType.status).toBe(400);
      expect(wrongType.body.error.code).toBe('PARAMETER_TYPE');
      const saved = await manager
        .put(`/api/panel/resources/${created.id}`)
        .send({ ...current, parameters: { ...baseParameters, ram_gb: 8 } });
      expect(saved.status).toBe(200);
      expect(saved.body.parameters.ram_gb).toBe(8);
    });
  });

  describe('serial and inventory numbers', () => {
    it('rejects a registered serial number', async () => {
      const first = await create();
      const firstRow = await app.knex('resources').where('id', first.id).first('serial_number');
      const response = await expectCreateRejected(
        chromebookInput(chromebook, { serialNumber: firstRow.serial_number }),
        409,
        'SERIAL_NUMBER_TAKEN',
        'serialNumber',
      );
      expect(response.body.error.message).toContain(first.number);
    });

    it('rejects a serial number differing in letter case', async () => {
      const suffix = uniqueSuffix();
      const first = await create({ serialNumber: `sn-šķē-${suffix}` });
      const response = await expectCreateRejected(
        chromebookInput(chromebook, { serialNumber: `SN-ŠĶĒ-${suffix.toUpperCase()}` }),
        409,
        'SERIAL_NUMBER_TAKEN',
        'serialNumber',
      );
      expect(response.body.error.message).toContain(first.number);
    });

    it('rejects an inventory number differing in letter case', async () => {
      const suffix = uniqueSuffix();
      const first = await create({ inventoryNumber: `inv-ā-${suffix}` });
      const response = await expectCreateRejected(
        chromebookInput(chromebook, { inventoryNumber: `INV-Ā-${suffix.toUpperCase()}` }),
        409,
        'INVENTORY_NUMBER_TAKEN',
        'inventoryNumber',
      );
      expect(response.body.error.message).toContain(first.number);
    });

    it('allows the same numbers at another institution', async () => {
      const first = await create();
      const row = await app.knex('resources').where('id', first.id).first('serial_number', 'inventory_number');
      const otherSchool = await createInstitution(app);
      const otherManager = (await staffAgent(app, otherSchool, ['resource_manager'])).agent;
      await create({ serialNumber: row.serial_number, inventoryNumber: row.inventory_number }, otherManager);
    });

    it('allows a serial number of another resource type', async () => {
      const now = new Date();
      const rowColumns = () => ({ document_id: createId(), created_at: now, updated_at: now, published_at: now });
      const code = `printer_${uniqueSuffix()}`;
      const [type] = await app
        .knex('resource_types')
        .insert({ ...rowColumns(), code, label_lv: 'Printeris', label_en: 'Printer', active: true })
        .returning(['id']);
      const [subtype] = await app
        .knex('resource_subtypes')
        .insert({
          ...rowColumns(),
          code,
          label_lv: 'Lāzerprinteris',
          label_en: 'Laser printer',
          active: true,
          parameters: JSON.stringify([]),
        })
        .returning(['id']);
      await app.knex('resource_subtypes_type_lnk').insert({ resource_subtype_id: subtype.id, resource_type_id: type.id });

      try {
        const computer = await create();
        const row = await app.knex('resources').where('id', computer.id).first('serial_number');
        const printer = await create({ serialNumber: row.serial_number, parameters: {} }, manager, subtype.id);
        expect(printer.number).toMatch(/^RES-/);
        await expectCreateRejected(
          chromebookInput(subtype.id, { serialNumber: row.serial_number.toUpperCase(), parameters: {} }),
          409,
          'SERIAL_NUMBER_TAKEN',
          'serialNumber',
        );
      } finally {
        // Other test files count the seeded catalog, so the printer type leaves no trace.
        const printers = app.knex('resources').where('subtype_id', subtype.id).select('id');
        await app.knex('resource_status_changes').whereIn('resource_id', printers).delete();
        await app.knex('resources').where('subtype_id', subtype.id).delete();
        await app.knex('resource_subtypes_type_lnk').where('resource_subtype_id', subtype.id).delete();
        await app.knex('resource_subtypes').where('id', subtype.id).delete();
        await app.knex('resource_types').where('id', type.id).delete();
      }
    });

    it('rejects a registered serial number on update', async () => {
      const first = await create();
      const second = await create();
      const firstRow = await app.knex('resources').where('id', first.id).first('serial_number');
      const current = (await manager.get(`/api/panel/resources/${second.id}`)).body;
      const response = await manager
        .put(`/api/panel/resources/${second.id}`)
        .send({ ...current, serialNumber: firstRow.serial_number.toUpperCase() });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('SERIAL_NUMBER_TAKEN');
      expect(response.body.error.message).toContain(first.number);
      const unchanged = await app.knex('resources').where('id', second.id).first('serial_number');
      expect(unchanged.serial_number).toBe(current.serialNumber);
    });

    it('rejects a registered inventory number on update', async () => {
      const first = await create();
      const second = await create();
      const firstRow = await app.knex('resources').where('id', first.id).first('inventory_number');
      const current = (await manager.get(`/api/panel/resources/${second.id}`)).body;
      const response = await manager
        .put(`/api/panel/resources/${second.id}`)
        .send({ ...current, inventoryNumber: firstRow.inventory_number.toLowerCase() });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('INVENTORY_NUMBER_TAKEN');
      expect(response.body.error.message).toContain(first.number);
    });

    it('allows changing own numbers letter case', async () => {
      const created = await create();
      const current = (await manager.get(`/api/panel/resources/${created.id}`)).body;
      const response = await manager
        .put(`/api/panel/resources/${created.id}`)
        .send({ ...current, serialNumber: current.serialNumber.toLowerCase(), inventoryNumber: current.inventoryNumber.toLowerCase() });
      expect(response.status).toBe(200);
      expect(response.body.serialNumber).toBe(current.serialNumber.toLowerCase());
    });
  });
});
