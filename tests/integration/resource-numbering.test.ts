import { startApp, type TestApp } from '../support/app';
import { chromebookInput, createInstitution, type loginAs, staffAgent, subtypeIdOf, type TestInstitution } from '../support/fixtures';
import { uniqueSuffix } from '../support/people';

type Agent = Awaited<ReturnType<typeof loginAs>>;

describe('resource numbering', () => {
  let app: TestApp;
  let chromebook: number;

  beforeAll(async () => {
    app = await startApp();
    chromebook = await subtypeIdOf(app.knex, 'chromebook');
  });

  afterAll(async () => {
    await app.stop();
  });

  async function newSchool(): Promise<{ school: TestInstitution; manager: Agent }> {
    const school = await createInstitution(app);
    const manager = (await staffAgent(app, school, ['resource_manager'])).agent;
    return { school, manager };
  }

  function sequenceOf(number: string): number {
    return Number(number.split('-').pop());
  }

  async function create(manager: Agent, overrides: Record<string, unknown> = {}) {
    return manager.post('/api/panel/resources').send(chromebookInput(chromebook, overrides));
  }

  it('gives two concurrent creations different numbers', async () => {
    const { school, manager } = await newSchool();
    const responses = await Promise.all([create(manager), create(manager)]);
    expect(responses.map((response) => response.status)).toEqual([201, 201]);
    const numbers = responses.map((response) => response.body.number as string).sort();
    expect(numbers).toEqual([`RES-${school.registrationNumber}-1`, `RES-${school.registrationNumber}-2`]);
  });

  it('gives ten concurrent creations consecutive numbers', async () => {
    const { school, manager } = await newSchool();
    const responses = await Promise.all(Array.from({ length: 10 }, () => create(manager)));
    expect(responses.every((response) => response.status === 201)).toBe(true);
    const sequences = responses.map((response) => sequenceOf(response.body.number)).sort((a, b) => a - b);
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const stored = await app.knex('resources').where('institution_id', school.id).orderBy('sequence').pluck('number');
    expect(stored).toEqual(sequences.map((sequence) => `RES-${school.registrationNumber}-${sequence}`));
  });

  it('numbers concurrent creations and copies without gaps', async () => {
    const { manager } = await newSchool();
    const source = await create(manager);
    const copyItems = Array.from({ length: 5 }, () => ({ serialNumber: `SN-${uniqueSuffix()}`, inventoryNumber: `INV-${uniqueSuffix()}` }));
    const [copied, ...created] = await Promise.all([
      manager.post(`/api/panel/resources/${source.body.id}/copy`).send({ items: copyItems }),
      create(manager),
      create(manager),
      create(manager),
    ]);
    expect(copied.status).toBe(201);
    const copySequences = copied.body.map((row: { number: string }) => sequenceOf(row.number));
    // A copy reserves its numbers in one block, so they stay consecutive among concurrent creations.
    expect(copySequences).toEqual(copySequences.map((_sequence: number, index: number) => copySequences[0] + index));
    const all = [sequenceOf(source.body.number), ...copySequences, ...created.map((response) => sequenceOf(response.body.number))].sort(
      (a, b) => a - b,
    );
    expect(all).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('does not use up a number on a rejected creation', async () => {
    const { school, manager } = await newSchool();
    const first = await create(manager);
    expect(first.body.number).toBe(`RES-${school.registrationNumber}-1`);
    const firstRow = await app.knex('resources').where('id', first.body.id).first('serial_number');

    const duplicate = await create(manager, { serialNumber: firstRow.serial_number });
    expect(duplicate.status).toBe(409);
    const invalid = await create(manager, { acquisitionType: 'stolen' });
    expect(invalid.status).toBe(400);

    const second = await create(manager);
    expect(second.body.number).toBe(`RES-${school.registrationNumber}-2`);
  });

  it('does not use up numbers on a rejected copy', async () => {
    const { school, manager } = await newSchool();
    const source = await create(manager);
    const sourceRow = await app.knex('resources').where('id', source.body.id).first('serial_number');
    const rejected = await manager.post(`/api/panel/resources/${source.body.id}/copy`).send({
      items: [
        { serialNumber: `SN-${uniqueSuffix()}`, inventoryNumber: `INV-${uniqueSuffix()}` },
        { serialNumber: sourceRow.serial_number, inventoryNumber: 'X' },
      ],
    });
    expect(rejected.status).toBe(409);
    const next = await create(manager);
    expect(next.body.number).toBe(`RES-${school.registrationNumber}-2`);
  });

  it('never reuses the number of a deleted resource', async () => {
    const { school, manager } = await newSchool();
    await create(manager);
    const second = await create(manager);
    expect(second.body.number).toBe(`RES-${school.registrationNumber}-2`);
    await app.knex('resource_status_changes').where('resource_id', second.body.id).delete();
    await app.knex('resources').where('id', second.body.id).delete();

    const third = await create(manager);
    expect(third.body.number).toBe(`RES-${school.registrationNumber}-3`);
  });

  it('numbers each institution on its own', async () => {
    const first = await newSchool();
    const second = await newSchool();
    const [a, b] = await Promise.all([create(first.manager), create(second.manager)]);
    expect(a.body.number).toBe(`RES-${first.school.registrationNumber}-1`);
    expect(b.body.number).toBe(`RES-${second.school.registrationNumber}-1`);
  });
});
