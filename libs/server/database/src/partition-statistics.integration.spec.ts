import { loadConfig } from '@ws/server-config';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { analyzeChangedPartitions } from './partition-statistics';

const TABLES = `
  CREATE TABLE history (at date NOT NULL, n int NOT NULL) PARTITION BY RANGE (at);
  CREATE TABLE history_grown PARTITION OF history FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
  CREATE TABLE history_touched PARTITION OF history FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
  CREATE TABLE history_quiet PARTITION OF history FOR VALUES FROM ('2026-03-01') TO ('2026-04-01')`;

async function changesSinceAnalyze(db: DataSource): Promise<Record<string, number>> {
  const rows: { relname: string; changes: string }[] = await db.query(
    `SELECT relname, n_mod_since_analyze AS changes FROM pg_stat_user_tables WHERE relname LIKE 'history_%'`,
  );
  return Object.fromEntries(rows.map((row) => [row.relname, Number(row.changes)]));
}

/** Until the statistics collector shows what the inserts changed (backends report them within a second or so). */
async function awaitReported(db: DataSource, expected: Record<string, number>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const changes = await changesSinceAnalyze(db);
    if (Object.entries(expected).every(([table, count]) => changes[table] === count)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await changesSinceAnalyze(db)).toEqual(expect.objectContaining(expected));
}

describe('analyzeChangedPartitions', () => {
  const adminUrl = loadConfig(['DATABASE_URL']).DATABASE_URL;
  const admin = new Client({ connectionString: adminUrl });
  const name = `t_partition_stats_${randomBytes(4).toString('hex')}`;
  let db: DataSource;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    db = await new DataSource({ type: 'postgres', url }).initialize();
    await db.query(TABLES);
    await db.query(`INSERT INTO history SELECT '2026-03-15', n FROM generate_series(1, 3000) AS n`);
    // Reported first, so that these changes are not counted again after the ANALYZE.
    await awaitReported(db, { history_quiet: 3000 });
    await db.query(`ANALYZE history_grown, history_touched, history_quiet`);
  });

  afterAll(async () => {
    await db?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('analyzes the partitions that changed more rows than they held, and at least the minimum, once', async () => {
    await db.query(`INSERT INTO history SELECT '2026-01-10', n FROM generate_series(1, 1500) AS n`);
    await db.query(`INSERT INTO history SELECT '2026-02-10', n FROM generate_series(1, 999) AS n`);
    await db.query(`INSERT INTO history SELECT '2026-03-10', n FROM generate_series(1, 2000) AS n`);
    await awaitReported(db, { history_grown: 1500, history_touched: 999, history_quiet: 2000 });

    // grown: 1,500 changes on 0 rows analyzed; touched: under 1,000; quiet: 2,000 on 3,000 analyzed.
    expect(await analyzeChangedPartitions(db.manager, 'history')).toEqual(['history_grown']);
    const [grown]: { reltuples: number }[] = await db.query(`SELECT reltuples FROM pg_class WHERE relname = 'history_grown'`);
    expect(grown?.reltuples).toBe(1500);
    expect(await analyzeChangedPartitions(db.manager, 'history')).toEqual([]);
    expect(await analyzeChangedPartitions(db.manager, 'history', 500)).toEqual(['history_touched']);
  });
});
