/** A table to write as CSV: the header row and one record per line, values by column name. */
export interface CsvTable {
  columns: readonly string[];
  /** Objects read by column name; a nested object is written as JSON, null and undefined as empty. */
  records: readonly object[];
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
/** Spreadsheet programs read UTF-8 (Arabic names) correctly only after a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * What a spreadsheet would read as a formula (OWASP "CSV injection"): text starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that would start a formula is written with a leading `'`, so a spreadsheet shows it as the
 * text it is (names, notes, event ids and reasons come from agencies and users). Numbers are
 * figures we computed and are written as they are, negative ones included.
 */
function neutralised(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = neutralised(value);
  return /[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF lines, quoted where needed, formulas neutralised) preceded by a UTF-8 byte-order mark. */
export function formatCsv(table: CsvTable): string {
  const lines = [table.columns.map(cell).join(',')];
  for (const record of table.records) lines.push(table.columns.map((column) => cell((record as Record<string, unknown>)[column])).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
