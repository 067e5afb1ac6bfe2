import { EntityManager } from 'typeorm';

/** A column of a counter table and its SQL type. */
export type ColumnType = readonly [name: string, type: string];

/**
 * Adds signed counters to the rows of `table` in one `INSERT ... ON CONFLICT DO UPDATE`, creating
 * missing rows. Rows are written in the order given, which callers keep stable (sorted by key), so
 * two transactions never lock the same counter rows in opposite orders.
 */
export async function addToCounters(
  manager: EntityManager,
  table: string,
  keys: readonly ColumnType[],
  counters: readonly ColumnType[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = [...keys, ...counters].map(([name]) => name).join(', ');
  const types = [['n', 'int'] as const, ...keys, ...counters].map(([name, type]) => `${name} ${type}`).join(', ');
  await manager.query(
    `INSERT INTO ${table} AS t (${names})
     SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS x(${types})
     ORDER BY n
     ON CONFLICT (${keys.map(([name]) => name).join(', ')}) DO UPDATE SET ${counters.map(([name]) => `${name} = t.${name} + EXCLUDED.${name}`).join(', ')}`,
    [JSON.stringify(rows.map((row, n) => ({ n, ...row })))],
  );
}
