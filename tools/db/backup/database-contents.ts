import type { PoolClient } from 'pg';
import { BackupHeader, BackupTable } from './backup-format';

/** The table TypeORM records applied migrations in; a restore fills it by migrating. */
export const MIGRATIONS_TABLE = 'schema_migration';

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `"table" ("a", "b")`: what COPY reads and writes. */
export const copyTarget = (table: BackupTable) => `${quoted(table.name)} (${table.columns.map(quoted).join(', ')})`;

/** The application's tables (schema public, but the migrations table) with their stored columns. */
export async function listTables(client: PoolClient): Promise<Omit<BackupTable, 'rows'>[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> $1
     GROUP BY c.relname ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows;
}

export async function appliedMigrations(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`);
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

export async function restoreSequence(client: PoolClient, sequence: BackupHeader['sequences'][number]): Promise<void> {
  if (sequence.lastValue === null) await client.query(`SELECT setval($1::regclass, 1, false)`, [quoted(sequence.name)]);
  else await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [quoted(sequence.name), sequence.lastValue]);
}
