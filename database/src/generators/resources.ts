/**
 * Generates national-scale resource data with set-based SQL (INSERT ... SELECT over
 * generate_series), for benchmarks and load tests. Rows get numbers from the institution's
 * counter like registered resources, so the application can keep numbering after them.
 */

/** Runs one SQL statement with knex-style `?` placeholders, as knex.raw(sql, bindings) does. */
export type SqlQuery = (sql: string, bindings: readonly unknown[]) => Promise<unknown>;

export interface ResourceGeneratorOptions {
  institutionId: number;
  /** The institution's registration number, used in RES-<registration number>-<sequence>. */
  registrationNumber: string;
  typeId: number;
  /** Subtypes to spread the resources over in turn; each must record the four computer parameters. */
  subtypeIds: readonly number[];
  count: number;
  /** Author of the first status history entry of each resource; null leaves it empty. */
  userId?: number | null;
}

/** Status of every 20 generated resources, in turn: half are available for issue. */
const STATUS_CYCLE = [
  'available',
  'available',
  'available',
  'available',
  'available',
  'available',
  'available',
  'available',
  'available',
  'available',
  'in_use',
  'in_use',
  'in_use',
  'in_use',
  'new',
  'new',
  'in_reserve',
  'maintenance',
  'damaged',
  'written_off',
];
const MANUFACTURERS = ['Acer', 'HP', 'Lenovo', 'Dell', 'Apple'];
const MODELS = ['Chromebook 314', 'ProBook 440', 'ThinkPad E14', 'Latitude 3440', 'iPad 10'];
const OWN_NAMES = ['Skolēnu dators', 'Skolotāja dators', 'Bibliotēkas dators', 'Ķīmijas kabineta dators', 'Mūzikas klases planšete'];

/**
 * Inserts `count` resources of one institution and their first status history entries in
 * three statements, and returns the first and last sequence numbers given. The values cycle
 * through fixed lists, so the same call always produces the same mix of statuses and models.
 */
export async function generateResources(query: SqlQuery, options: ResourceGeneratorOptions): Promise<{ first: number; last: number }> {
  const { institutionId, registrationNumber, typeId, subtypeIds, count } = options;
  if (!Number.isSafeInteger(count) || count < 1 || subtypeIds.length === 0) {
    throw new RangeError('generateResources needs a positive count and at least one subtype id');
  }

  const reserved = (await query(
    `INSERT INTO rumis_counters (institution_id, kind, value) VALUES (?, 'resource', ?)
     ON CONFLICT (institution_id, kind) DO UPDATE SET value = rumis_counters.value + EXCLUDED.value
     RETURNING value`,
    [institutionId, count],
  )) as { rows: Array<{ value: number }> };
  const last = reserved.rows[0].value;
  const first = last - count + 1;

  // Timestamps are UTC wall-clock times, as the application writes them on its UTC connection.
  await query(
    `INSERT INTO resources (
       document_id, created_at, updated_at, published_at, number, sequence, institution_id, type_id, subtype_id,
       manufacturer, model, serial_number, inventory_number, manufacture_year, own_name, resource_group,
       acquisition_type, funding_programme, acquisition_date, value_eur, usage_purpose, target_group,
       social_support, location, status, parameters, notes, status_confirmed_at, written_off_on, write_off_reason)
     SELECT
       substr(md5(? || ':' || s), 1, 24), now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC',
       'RES-' || ? || '-' || s, s, ?, ?, (?::int[])[1 + s % cardinality(?::int[])],
       (?::text[])[1 + s % 5], (?::text[])[1 + s % 5], 'GEN-' || ? || '-' || s, 'INV-' || ? || '-' || s, 2019 + s % 6,
       (?::text[])[1 + (s / 5) % 5] || ' ' || s, (1 + s % 12) || '.' || chr(97 + s % 4),
       CASE WHEN s % 3 = 0 THEN 'municipality' ELSE 'ministry' END,
       CASE WHEN s % 2 = 0 THEN 'every_child' ELSE 'digital_divide' END,
       DATE '2020-01-01' + (s % 1800), 300 + (s % 500),
       CASE WHEN s % 10 = 9 THEN 'institution_learning' ELSE 'issued_individually' END,
       CASE WHEN s % 7 = 0 THEN 'employees' ELSE 'learners' END,
       false,
       CASE WHEN s % 20 BETWEEN 10 AND 13 THEN 'user' ELSE 'storage' END,
       (?::text[])[1 + s % 20],
       jsonb_build_object('operating_system', 'ChromeOS', 'ram_gb', 4 + 4 * (s % 2), 'storage_gb', 64, 'screen_inches', 14),
       NULL,
       (now() AT TIME ZONE 'UTC') - make_interval(days => s % 30),
       CASE WHEN s % 20 = 19 THEN DATE '2025-06-30' END,
       CASE WHEN s % 20 = 19 THEN 'Nolietots' END
     FROM generate_series(?::int, ?::int) AS s`,
    [
      registrationNumber,
      registrationNumber,
      institutionId,
      typeId,
      subtypeIds,
      subtypeIds,
      MANUFACTURERS,
      MODELS,
      registrationNumber,
      registrationNumber,
      OWN_NAMES,
      STATUS_CYCLE,
      first,
      last,
    ],
  );

  await query(
    `INSERT INTO resource_status_changes (document_id, created_at, updated_at, published_at, resource_id, from_status, to_status, changed_at, user_id)
     SELECT substr(md5('history:' || r.id), 1, 24), r.created_at, r.created_at, r.created_at, r.id, NULL, r.status, r.created_at, ?
       FROM resources r
      WHERE r.institution_id = ? AND r.sequence BETWEEN ? AND ?`,
    [options.userId ?? null, institutionId, first, last],
  );
  return { first, last };
}
