export type SortDirection = 'asc' | 'desc';

export interface SortState<K extends string = string> {
  key: K;
  direction: SortDirection;
}

/** The next sort after a click on column `key`: ascending first, then toggled. */
export function nextSort<K extends string>(current: SortState<K> | null, key: K): SortState<K> {
  if (current?.key === key) {
    return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { key, direction: 'asc' };
}

/** The `aria-sort` value of a column header. */
export function ariaSort(
  current: SortState | null,
  key: string,
): 'ascending' | 'descending' | 'none' {
  if (current?.key !== key) {
    return 'none';
  }
  return current.direction === 'asc' ? 'ascending' : 'descending';
}

type Sortable = string | number | boolean | null | undefined;

function compare(a: Sortable, b: Sortable): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1; // empty values last, whatever the direction
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** A sorted copy (stable); empty values stay at the end in both directions. */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  sort: SortState<K> | null,
  valueOf: (row: T, key: K) => Sortable,
): T[] {
  if (!sort) {
    return [...rows];
  }
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = valueOf(x.row, sort.key);
      const b = valueOf(y.row, sort.key);
      if (a === null || a === undefined || b === null || b === undefined) {
        return compare(a, b) || x.index - y.index;
      }
      return sign * compare(a, b) || x.index - y.index;
    })
    .map(({ row }) => row);
}

/** Rows of a 1-based page. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): T[] {
  const start = (Math.max(1, page) - 1) * pageSize;
  return rows.slice(start, start + pageSize);
}
