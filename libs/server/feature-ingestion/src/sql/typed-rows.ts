import { arrayLiteral } from './array-literal';

/** A column and its SQL type. */
export type ColumnType = readonly [name: string, type: string];

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

/** Rows given as one array of values per column, in the columns' order. */
export function typedColumns(columns: readonly ColumnType[], values: readonly (readonly unknown[])[], first = 1): TypedRows {
  const arrays = columns.map(([, type], index) => `$${first + index}::${type}[]`).join(', ');
  const names = columns.map(([name]) => name).join(', ');
  return {
    from: `unnest(${arrays}) WITH ORDINALITY AS x(${names}, n)`,
    parameters: values.map(arrayLiteral),
  };
}
