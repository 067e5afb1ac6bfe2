/** A table to write as CSV: the header row and one record per line, values by column name. */
export interface CsvTable {
  columns: readonly string[];
  /** Objects read by column name; a nested object is written as JSON, null and undefined as empty. */
  records: readonly object[];
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
/** Spreadsheet programs read UTF-8 (Arabic names) correctly only after a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF lines, quoted where needed) preceded by a UTF-8 byte-order mark. */
export function formatCsv(table: CsvTable): string {
  const lines = [table.columns.map(cell).join(',')];
  for (const record of table.records) lines.push(table.columns.map((column) => cell((record as Record<string, unknown>)[column])).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
