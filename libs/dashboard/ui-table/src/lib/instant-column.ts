import type { TableColumn } from './data-table';

/** What a missing instant shows in a table cell. */
export const NO_INSTANT = '—';

/**
 * A column of instants (ISO text): shown with `format`, or a dash when missing; sorted and
 * exported to CSV as the ISO text itself.
 */
export function instantColumn<T>(
  key: string,
  label: string,
  instantOf: (row: T) => string | null,
  format: (iso: string) => string,
): TableColumn<T> {
  return {
    key,
    label,
    text: (row) => {
      const iso = instantOf(row);
      return iso ? format(iso) : NO_INSTANT;
    },
    sortValue: instantOf,
    csv: instantOf,
  };
}
