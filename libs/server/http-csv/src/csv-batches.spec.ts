import { CsvBatches } from './csv-batches';
import { formatCsv } from './csv-format';

describe('CsvBatches', () => {
  const columns = ['code', 'nameAr', 'note'];
  const records = [
    { code: 'MOI', nameAr: 'وزارة الداخلية', note: 'says "hi", twice' },
    { code: 'MOJ', nameAr: 'العدل', note: null },
    { code: 'MOPH', nameAr: 'الصحة', note: 'line\r\nbreak' },
  ];

  it('writes in batches exactly what formatCsv writes at once', () => {
    const csv = new CsvBatches(columns);
    const streamed =
      csv.start() + csv.lines(records.slice(0, 2)) + csv.lines([]) + csv.lines(records.slice(2));
    expect(streamed).toBe(formatCsv({ columns, records }));
  });

  it('writes only the header when no batch holds a row', () => {
    expect(new CsvBatches(columns).start()).toBe(formatCsv({ columns, records: [] }));
  });
});
