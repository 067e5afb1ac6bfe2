import type { PoolClient } from 'pg';
import { BackupHeader, BackupTable } from './backup-format';

/** The table TypeORM records applied migrations in; a restore fills it by migrating. */
export const MIGRATIONS_TABLE = 'schema_migration';

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `"table" ("a", "b")`: what COPY reads and writes. */
export const copyTarget = (table: BackupTable) =>
  `${quoted(table.name)} (${table.columns.map(quoted).join(', ')})`;

/** The application's tables (schema public, but the migrations table) with their stored columns; a partition with its parent and bound. */
export async function listTables(client: PoolClient): Promise<Omit<BackupTable, 'rows'>[]> {
  const { rows } = await client.query<{
    name: string;
    columns: string[];
    parent: string | null;
    bound: string | null;
  }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            p.relname AS parent, pg_get_expr(c.relpartbound, c.oid) AS bound
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
     LEFT JOIN pg_class p ON p.oid = i.inhparent
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> $1
     GROUP BY c.relname, p.relname, c.relpartbound, c.oid ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map(({ name, columns, parent, bound }) =>
    parent && bound ? { name, columns, partition: { parent, bound } } : { name, columns },
  );
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
/** The only bounds the schema uses: a range of two quoted literals. */
const RANGE_BOUND = /^FOR VALUES FROM \('[0-9: +-]+'\) TO \('[0-9: +-]+'\)$/;

/** Creates a partition of the backup that the migrated schema does not have yet (the month partitions are made as data arrives). */
export async function createPartition(
  client: PoolClient,
  table: Omit<BackupTable, 'rows'>,
): Promise<void> {
  if (!table.partition) return;
  const { parent, bound } = table.partition;
  if (!IDENTIFIER.test(table.name) || !IDENTIFIER.test(parent) || !RANGE_BOUND.test(bound)) {
    throw new Error(`${table.name}: not a partition this platform makes (${parent} ${bound}).`);
  }
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${quoted(table.name)} PARTITION OF ${quoted(parent)} ${bound}`,
  );
}

export async function appliedMigrations(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`,
  );
  return rows.map((row) => row.name);
}

export async function sequenceValues(client: PoolClient): Promise<BackupHeader['sequences']> {
  const { rows } = await client.query<{ name: string; lastValue: string | null }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  return rows;
}

export async function rowCount(client: PoolClient, table: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoted(table)}`);
  return Number(rows[0]?.n ?? 0);
}

export async function restoreSequence(
  client: PoolClient,
  sequence: BackupHeader['sequences'][number],
): Promise<void> {
  if (sequence.lastValue === null)
    await client.query(`SELECT setval($1::regclass, 1, false)`, [quoted(sequence.name)]);
  else
    await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [
      quoted(sequence.name),
      sequence.lastValue,
    ]);
}
