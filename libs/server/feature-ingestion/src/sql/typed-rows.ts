import { arrayLiteral } from './array-literal';

/** A column written from a row of `T`: its name, its SQL type, and how to read its value. */
export type ValueColumn<T> = readonly [name: string, type: string, value: (row: T) => unknown];

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
  const arrays = columns.map(([, type], index) => `$${first + index}::${type}[]`).join(', ');
  const names = columns.map(([name]) => name).join(', ');
  return {
    from: `unnest(${arrays}) WITH ORDINALITY AS x(${names}, n)`,
    parameters: columns.map(([, , value]) => arrayLiteral(rows.map(value))),
  };
}
