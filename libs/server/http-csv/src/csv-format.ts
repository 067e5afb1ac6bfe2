import { csvCell } from '@ws/contracts';

/** A table to write as CSV: the header row and one record per line, values by column name. */
export interface CsvTable {
  columns: readonly string[];
  /** Objects read by column name; a nested object is written as JSON, null and undefined as empty. */
  records: readonly object[];
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
/** Spreadsheet programs read UTF-8 (Arabic names) correctly only after a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 CSV (CRLF lines, quoted where needed, formulas neutralised) preceded by a UTF-8 byte-order mark. */
export function formatCsv(table: CsvTable): string {
  const lines = [table.columns.map(csvCell).join(',')];
  for (const record of table.records) lines.push(table.columns.map((column) => csvCell((record as Record<string, unknown>)[column])).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
