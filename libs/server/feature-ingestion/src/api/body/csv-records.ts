import { unreadableBody } from './feed-items';

/** One CSV record with the 1-based line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

/**
 * Splits RFC 4180 CSV into records: comma-separated, CRLF or LF between records, fields optionally
 * in double quotes, `""` for a quote inside them. Blank lines are skipped. Malformed quoting is a
 * whole-request 400 naming the line and column.
 */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let at = 0;
  let lineStart = 0;
  const endRecord = (): void => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (at < text.length) {
    const char = text[at];
    if (char === '"' && cell === '') {
      const close = closingQuote(text, at + 1);
      if (close < 0) throw unreadableBody('csv', `A quoted field opened at line ${line}, column ${at - lineStart + 1} is never closed.`);
      const content = text.slice(at + 1, close);
      cell = content.replace(/""/g, '"');
      for (let index = content.indexOf('\n'); index >= 0; index = content.indexOf('\n', index + 1)) {
        line += 1;
        lineStart = at + 1 + index + 1;
      }
      at = close + 1;
      const next = text[at];
      if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[at + 1] === '\n')) {
        throw unreadableBody('csv', `Line ${line}, column ${at - lineStart + 1}: a closing quote must be followed by a comma or the end of the line.`);
      }
      continue;
    }
    if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || (char === '\r' && text[at + 1] === '\n')) {
      endRecord();
      at += char === '\r' ? 1 : 0;
      line += 1;
      lineStart = at + 1;
      recordLine = line;
    } else {
      cell += char;
    }
    at += 1;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/** Index of the quote closing a quoted field whose content starts at `from`, or -1. */
function closingQuote(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    if (text[quote + 1] !== '"') return quote;
    at = quote + 2;
  }
}
