import { ALL_MIGRATIONS } from '@ws/migrations';
import { loadConfig } from '@ws/server-config';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, dataSourceOptions } from './data-source';

const NAMES = ALL_MIGRATIONS.map((migration) => new migration().name);
const FIRST_REVERTED = NAMES.indexOf('WorkerMonthRollups1795600001000');
/** The columns later migrations add to rows that were there before WorkerMonthRollups1795600001000, by table. */
const ADDED: Record<string, string[]> = {
  event_batch: ['events_from', 'events_to', 'first_event_pk', 'last_event_pk'],
  sla_case: ['events_from', 'events_to'],
  sla_cycle: ['agency_id'],
};
/** The statement triggers of the month rollups, in the order of their names. */
const CHANGES = ['delete', 'insert', 'update'];
const ROWS: Record<string, string> = {
  event_batch: 'id',
  feed_event: 'id',
  feed_event_key: 'event_pk',
  sla_case: 'id',
  sla_cycle: 'case_pk, cycle',
};

/** Every table, column, constraint, index, trigger, function and sequence owner of `public`. */
const SCHEMA_SQL = `
  SELECT format('relation %s %s %s', relname, relkind, reloptions) AS line FROM pg_class
    WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'S', 'v', 'm')
  UNION ALL SELECT format('column %s.%s %s %s %s %s', table_name, column_name, ordinal_position, data_type, is_nullable, column_default)
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT format('trigger %s', pg_get_triggerdef(oid)) FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT format('function %s', pg_get_functiondef(oid)) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
  UNION ALL SELECT format('sequence %s owned by %s', objid::regclass, refobjid::regclass) FROM pg_depend
    WHERE classid = 'pg_class'::regclass AND deptype = 'a' AND objid IN (SELECT oid FROM pg_class WHERE relkind = 'S')
  ORDER BY 1`;

/** Valid rows of the latest schema: a batch of two events of one case in two months, its two cycles. */
const INSERT_SQL = [
  `SELECT ensure_month_partitions('2026-10-01Z', '2026-11-30Z')`,
  `INSERT INTO agency (id, code, name_ar, name_en) VALUES (1, 'MOI', 'وزارة الداخلية', 'Ministry of Interior')`,
  `INSERT INTO service (id, code, agency_id, name_ar, name_en, type) VALUES (1, 'MOI-1', 1, 'خدمة', 'Service', 'transactional')`,
  `INSERT INTO feed_event (agency_id, event_id, batch_id, type, case_id, service_id, occurred_at, payload) VALUES
    (1, 'e-1', '00000000-0000-4000-8000-000000000001', 'case.opened', 'C-1', 1, '2026-10-15T08:00Z', '{"channel": "web"}'),
    (1, 'e-2', '00000000-0000-4000-8000-000000000001', 'case.reopened', 'C-1', 1, '2026-11-20T09:30Z', '{}')`,
  `INSERT INTO feed_event_key SELECT agency_id, event_id, id, occurred_at FROM feed_event`,
  `INSERT INTO event_batch (id, agency_id, status, accepted, duplicates, rejected, received_at, processed_at, first_event_pk, last_event_pk, events_from, events_to)
    SELECT batch_id, 1, 'processed', 2, 0, 0, '2026-11-20T10:00Z', '2026-11-20T10:00:01Z', min(id), max(id), min(occurred_at), max(occurred_at) FROM feed_event GROUP BY 1`,
  `INSERT INTO sla_case (id, agency_id, case_id, service_id, channel, opened_at, open, event_count, computed_at, events_from, events_to)
    VALUES (1, 1, 'C-1', 1, 'web', '2026-10-15T08:00Z', true, 2, '2026-11-20T10:00:01Z', '2026-10-15T08:00Z', '2026-11-20T09:30Z')`,
  `INSERT INTO sla_cycle (case_pk, cycle, agency_id, status, started_at, stopped_at, elapsed_seconds, progress, decided_at, first_computed_at, computed_at, service_id) VALUES
    (1, 1, 1, 'met', '2026-10-15T08:00Z', '2026-10-16T08:00Z', 86400, 0.5, '2026-10-16T08:00Z', '2026-11-20T10:00:01Z', '2026-11-20T10:00:01Z', 1),
    (1, 2, 1, 'running', '2026-11-20T09:30Z', NULL, 1800, 0.01, NULL, '2026-11-20T10:00:01Z', '2026-11-20T10:00:01Z', 1)`,
];

async function query<T>(dataSource: DataSource, sql: string, parameters?: unknown[]): Promise<T[]> {
  return (await dataSource.query(sql, parameters)) as T[];
}

const schemaOf = async (dataSource: DataSource) =>
  (await query<{ line: string }>(dataSource, SCHEMA_SQL)).map(({ line }) => line);

/** The rows of the tables above that exist, as JSON, without each table's `omitted` columns. */
async function rowsOf(
  dataSource: DataSource,
  omitted: Record<string, string[]> = {},
): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(ROWS)) {
    const [{ exists }] = await query<{ exists: boolean }>(
      dataSource,
      `SELECT to_regclass($1) IS NOT NULL AS "exists"`,
      [table],
    );
    if (!exists) continue;
    const found = await query<{ row: unknown }>(
      dataSource,
      `SELECT to_jsonb(t) - $1::text[] AS row FROM ${table} t ORDER BY ${key}`,
      [omitted[table] ?? []],
    );
    rows[table] = found.map(({ row }) => row);
  }
  return rows;
}

describe('migrations revert to before WorkerMonthRollups1795600001000 and apply again', () => {
  const adminUrl = loadConfig(['DATABASE_URL']).DATABASE_URL;
  const admin = new Client({ connectionString: adminUrl });
  const name = `t_migrations_revert_${randomBytes(4).toString('hex')}`;
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  let db: DataSource;

  /** The database migrated up to the migration before WorkerMonthRollups1795600001000. */
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const earlier = new DataSource({
      ...dataSourceOptions(url),
      migrations: ALL_MIGRATIONS.slice(0, FIRST_REVERTED),
    });
    await earlier.initialize();
    await earlier.runMigrations();
    await earlier.destroy();
    db = await createDataSource(url).initialize();
  });

  afterAll(async () => {
    await db?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('keeps every row, gives back the schema as it was, and migrates up again', async () => {
    const before = await schemaOf(db);

    await db.runMigrations();
    for (const sql of INSERT_SQL) await query(db, sql);
    const latest = await rowsOf(db);
    expect(Object.values(latest).map((rows) => rows.length)).toEqual([1, 2, 2, 1, 2]);
    const { feed_event_key: _keys, ...kept } = await rowsOf(db, ADDED);

    for (const reverted of NAMES.slice(FIRST_REVERTED).reverse()) {
      const [last] = await query<{ name: string }>(
        db,
        `SELECT name FROM schema_migration ORDER BY timestamp DESC LIMIT 1`,
      );
      expect(last?.name).toBe(reverted);
      await db.undoLastMigration();
    }
    expect(await schemaOf(db)).toEqual(before);
    expect(
      await query(
        db,
        `SELECT relname, relkind FROM pg_class WHERE relname IN ('feed_event', 'sla_cycle') ORDER BY 1`,
      ),
    ).toEqual([
      { relname: 'feed_event', relkind: 'r' },
      { relname: 'sla_cycle', relkind: 'r' },
    ]);
    const triggers = await query<{ tgname: string }>(
      db,
      `SELECT tgname FROM pg_trigger WHERE tgrelid = 'sla_rollup_day'::regclass AND NOT tgisinternal ORDER BY 1`,
    );
    expect(triggers.map(({ tgname }) => tgname)).toEqual([
      'sla_rollup_channel_month_truncate',
      ...CHANGES.map((change) => `sla_rollup_channel_months_${change}`),
      'sla_rollup_lock_service',
      'sla_rollup_month_truncate',
      ...CHANGES.map((change) => `sla_rollup_months_${change}`),
      'sla_rollup_service_month_truncate',
    ]);
    expect(await rowsOf(db)).toEqual(kept);

    await db.runMigrations();
    expect(await rowsOf(db)).toEqual(latest);
  });
});
