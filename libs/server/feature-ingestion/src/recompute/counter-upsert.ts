import { EntityManager } from 'typeorm';
import { typedValues, ValueColumn } from '../sql/typed-rows';

/**
 * Adds signed counters to the rows of `table` in one `INSERT ... ON CONFLICT DO UPDATE`, creating
 * missing rows. Rows are written in the order given, which callers keep stable (sorted by key), so
 * two transactions never lock the same counter rows in opposite orders. Each column travels as one
 * typed array, its values read from the rows (`typedValues`).
 */
export async function addToCounters<T>(
  manager: EntityManager,
  table: string,
  keys: readonly ValueColumn<T>[],
  counters: readonly ValueColumn<T>[],
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...keys, ...counters];
  const names = columns.map(([name]) => name).join(', ');
  const source = typedValues(columns, rows);
  await manager.query(
    `INSERT INTO ${table} AS t (${names})
     SELECT ${names} FROM ${source.from}
     ORDER BY n
     ON CONFLICT (${keys.map(([name]) => name).join(', ')}) DO UPDATE SET ${counters.map(([name]) => `${name} = t.${name} + EXCLUDED.${name}`).join(', ')}`,
    source.parameters,
  );
}
