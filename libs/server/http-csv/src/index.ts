export type { CsvTable } from './csv-format';
export { CSV_CONTENT_TYPE, UTF8_BOM, formatCsv } from './csv-format';
export { CsvExport, CsvInterceptor, wantsCsv } from './csv-export';
export { CsvBatches, ROW_COUNT_HEADER } from './csv-batches';
