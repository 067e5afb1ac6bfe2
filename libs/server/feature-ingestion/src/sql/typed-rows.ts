import { arrayLiteral } from './array-literal';
import { fromEpochMs } from './epoch-sql';

/** A column written from a row of `T`: its name, its SQL type (or `INSTANT`), and how to read its value. */
export type ValueColumn<T> = readonly [name: string, type: string, value: (row: T) => unknown];

/** The type of a column of instants: sent as epoch milliseconds (`float8`), written as `timestamptz` by `sqlValue`. */
export const INSTANT = 'instant';

/** SQL: the column's value in the rows `x` of `TypedRows.from`, an instant as `timestamptz`. */
export const sqlValue = ([name, type]: ValueColumn<never>): string => (type === INSTANT ? fromEpochMs(`x.${name}`) : `x.${name}`);

/**
 * Rows sent as one typed array per column, read back with `unnest`: Postgres parses them about
 * five times faster than the same rows as a JSON document (`jsonb_to_recordset`: 11 µs against
 * 2.4 µs a row of 17 columns, measured on Postgres 17).
 */
export interface TypedRows {
  /** `unnest($first::type[], ...) AS x(name, ...)`, with the ordinal as `n`. */
  readonly from: string;
  /** The columns as array literals, in column order: the statement's parameters from `$first` on. */
  readonly parameters: string[];
}

/** `rows` as one typed array per column of `columns`, each value read from its row. */
export function typedValues<T>(columns: readonly ValueColumn<T>[], rows: readonly T[], first = 1): TypedRows {
  const arrays = columns.map(([, type], index) => `$${first + index}::${type === INSTANT ? 'float8' : type}[]`).join(', ');
  const names = columns.map(([name]) => name).join(', ');
  return {
    from: `unnest(${arrays}) WITH ORDINALITY AS x(${names}, n)`,
    parameters: columns.map(([, , value]) => arrayLiteral(rows.map(value))),
  };
}
