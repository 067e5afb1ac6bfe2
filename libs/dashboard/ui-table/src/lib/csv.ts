import { csvCell } from '@ws/contracts';

/** A cell of a CSV export: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/**
 * RFC 4180 CSV with a UTF-8 byte order mark, so that spreadsheet programs read Arabic text
 * correctly; lines end with CRLF; text that would start a formula is neutralised (`csvCell`).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Offers `csv` as a file download named `filename` (the browser's save dialog or folder). */
export function downloadCsv(document: Document, filename: string, csv: string): void {
  downloadBlob(document, filename, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

/** Offers a file already fetched (e.g. the API's CSV export) as a download named `filename`. */
export function downloadBlob(document: Document, filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
