import { EntityManager } from 'typeorm';

/** A column of a counter table and its SQL type. */
export type ColumnType = readonly [name: string, type: string];

/**
 * Adds signed counters to the rows of `table` in one `INSERT ... ON CONFLICT DO UPDATE`, creating
 * missing rows. Rows are written in the order given, which callers keep stable (sorted by key), so
 * two transactions never lock the same counter rows in opposite orders. Each column travels as one
 * typed array (`unnest`), which Postgres reads far more cheaply than a JSON document of rows.
 */
export async function addToCounters(
  manager: EntityManager,
  table: string,
  keys: readonly ColumnType[],
  counters: readonly ColumnType[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...keys, ...counters];
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
  await manager.query(
    `INSERT INTO ${table} AS t (${names})
     SELECT ${names} FROM unnest(${arrays}) WITH ORDINALITY AS x(${names}, n)
     ORDER BY n
     ON CONFLICT (${keys.map(([name]) => name).join(', ')}) DO UPDATE SET ${counters.map(([name]) => `${name} = t.${name} + EXCLUDED.${name}`).join(', ')}`,
    columns.map(([name]) => rows.map((row) => row[name])),
  );
}
