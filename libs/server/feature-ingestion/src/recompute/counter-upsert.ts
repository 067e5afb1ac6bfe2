import { EntityManager } from 'typeorm';
import { ColumnType, typedColumns } from '../sql/typed-rows';

/**
 * Adds signed counters to the rows of `table` in one `INSERT ... ON CONFLICT DO UPDATE`, creating
 * missing rows. Rows are written in the order given, which callers keep stable (sorted by key), so
 * two transactions never lock the same counter rows in opposite orders. Each column travels as one
 * typed array (`typedColumns`).
 */
export async function addToCounters(
  manager: EntityManager,
  table: string,
  keys: readonly ColumnType[],
  counters: readonly ColumnType[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const columns = [...keys, ...counters];
  await addColumnsToCounters(manager, table, keys, counters, columns.map(([name]) => rows.map((row) => row[name])));
}

/** `addToCounters` with the rows given as one array of values per key, then per counter column. */
export async function addColumnsToCounters(
  manager: EntityManager,
  table: string,
  keys: readonly ColumnType[],
  counters: readonly ColumnType[],
  values: readonly (readonly unknown[])[],
): Promise<void> {
  if ((values[0]?.length ?? 0) === 0) return;
  const columns = [...keys, ...counters];
  const names = columns.map(([name]) => name).join(', ');
  const source = typedColumns(columns, values);
  await manager.query(
    `INSERT INTO ${table} AS t (${names})
     SELECT ${names} FROM ${source.from}
     ORDER BY n
     ON CONFLICT (${keys.map(([name]) => name).join(', ')}) DO UPDATE SET ${counters.map(([name]) => `${name} = t.${name} + EXCLUDED.${name}`).join(', ')}`,
    source.parameters,
  );
}
