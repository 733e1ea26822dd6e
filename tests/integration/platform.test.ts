import fs from 'node:fs';
import path from 'node:path';
import { seedDir } from '@rumis/database';
import { startApp, type TestApp } from '../support/app';
import { seedCatalogs } from '../../cms/src/bootstrap/seed-catalogs';

const COUNTED_TABLES = ['code_list_entries', 'supervisors', 'resource_types', 'resource_subtypes', 'social_statuses', 'institutions'];

describe('platform: start-up, seeding, health and privacy settings', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app.stop();
  });

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const [{ count }] = await app.knex(table).count({ count: '*' });
      result[table] = Number(count);
    }
    return result;
  }

  it('answers the health check with the database status', async () => {
    const response = await app.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.database.status).toBe('ok');
  });

  it('sends the root address to the panel', async () => {
    const response = await app.http.get('/');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/panel/');
  });

  it('seeds the code lists, supervisors and sample schools', async () => {
    const seeded = await counts();
    const codeListRows = fs.readFileSync(path.join(seedDir, 'code-lists.csv'), 'utf8').trim().split('\n').length - 1;
    expect(seeded.code_list_entries).toBe(codeListRows);
    expect(await app.knex('supervisors').where('kind', 'municipality').count({ count: '*' })).toEqual([{ count: '43' }]);
    expect(await app.knex('supervisors').where('code', 'IZM').first('kind')).toEqual({ kind: 'ministry' });
    expect(seeded.resource_subtypes).toBe(3);
    expect(seeded.social_statuses).toBe(4);
    const samples = await app.knex('institutions').where('registration_number', 'like', '90000000%').count({ count: '*' });
    expect(Number(samples[0].count)).toBe(44);
    const label = await app.knex('code_list_entries').where({ list: 'resource_status', code: 'available' }).first('label_lv', 'label_en');
    expect(label).toEqual({ label_lv: 'Pieejams izsniegšanai', label_en: 'Available for issue' });
  });

  it('adds nothing when seeding runs again', async () => {
    const before = await counts();
    await seedCatalogs(app.strapi);
    expect(await counts()).toEqual(before);
  });

  it('imports sample schools as inactive', async () => {
    const school = await app.knex('institutions').where('registration_number', '9000000044').first('status', 'accepts_applications');
    expect(school).toEqual({ status: 'inactive', accepts_applications: false });
  });

  it('rejects a VIIS import with errors and stores nothing', async () => {
    const before = await counts();
    const csv = [
      'registration_number,name,municipality_iso_3166_2,city',
      '7100000001,Jaunā skola,LV-RIX,Rīga',
      '71000,Īsais numurs,LV-RIX,Rīga',
      '7100000003,,LV-RIX,Rīga',
      '7100000004,Nezināmā pašvaldība,LV-999,Rīga',
    ].join('\n');
    const result = await app.strapi.service('api::institution.viis-import').importCsv(csv);
    expect(result.created).toBe(0);
    expect(result.errors).toEqual([
      { row: 3, column: 'registration_number', message: 'Reģistrācijas numuram jābūt 10 cipariem.' },
      { row: 4, column: 'name', message: 'Nosaukums ir obligāts.' },
      { row: 5, column: 'municipality_iso_3166_2', message: 'Nezināma pašvaldība "LV-999".' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('creates the catalog administrator who can log in to /admin', async () => {
    const response = await app.http.post('/admin/login').send({ email: 'admin@rumis.local', password: 'RumisDemo-2026' });
    expect(response.status).toBe(200);
    expect(response.body.data.user.email).toBe('admin@rumis.local');
    const wrong = await app.http.post('/admin/login').send({ email: 'admin@rumis.local', password: 'wrong-password-123' });
    expect(wrong.status).toBe(400);
  });

  it('keeps telemetry and update checks off', () => {
    expect(app.strapi.telemetry.isDisabled).toBe(true);
    expect(app.strapi.config.get('server.logger.updates.enabled')).toBe(false);
    expect(app.strapi.config.get('admin.flags.nps')).toBe(false);
  });

  it('refuses users-permissions self-registration', async () => {
    const response = await app.http.post('/api/auth/local/register').send({ username: 'someone', email: 'someone@example.lv', password: 'password123' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const [{ count }] = await app.knex('up_users').where('email', 'someone@example.lv').count({ count: '*' });
    expect(Number(count)).toBe(0);
  });
});
