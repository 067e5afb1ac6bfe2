/** Text a spreadsheet would run as a formula (OWASP "CSV injection"): starting with =, +, -, @, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell of every CSV export, written by the server (`@ws/server-http-csv`) or in the browser
 * (`ws-csv-button`): null and undefined empty, objects as JSON, numbers as they are (figures the
 * platform computed, negative ones included); text that would start a formula gets a leading `'`
 * so a spreadsheet shows it as the text it is (names, notes, ids and reasons come from agencies
 * and users); quoted (RFC 4180) when it holds a quote, comma, CR, LF or tab.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
