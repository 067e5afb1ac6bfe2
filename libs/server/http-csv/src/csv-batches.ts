import { formatCsv } from './csv-format';

/** Response header of every CSV export: the number of data rows it holds (also answered to `HEAD`). */
export const ROW_COUNT_HEADER = 'X-Total-Count';

/**
 * One CSV written in batches (a stream from a database cursor) by the library's one writer,
 * `formatCsv`: the byte-order mark and header once, then each batch's lines, so a streamed export
 * is byte for byte the file `formatCsv` would write for all its records at once.
 */
export class CsvBatches {
  private readonly header: string;

  constructor(private readonly columns: readonly string[]) {
    this.header = formatCsv({ columns, records: [] });
  }

  /** The byte-order mark and the header line. */
  start(): string {
    return this.header;
  }

  /** The lines of `records`, without the header. */
  lines(records: readonly object[]): string {
    return records.length === 0
      ? ''
      : formatCsv({ columns: this.columns, records }).slice(this.header.length);
  }
}
