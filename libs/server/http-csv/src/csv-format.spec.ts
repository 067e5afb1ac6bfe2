import { formatCsv, UTF8_BOM } from './csv-format';
import { wantsCsv } from './csv-export';

describe('formatCsv', () => {
  it('writes a BOM, a header, CRLF lines, quotes where needed and Arabic as it is', () => {
    const csv = formatCsv({
      columns: ['code', 'nameAr', 'note', 'adherence'],
      records: [
        { code: 'MOI', nameAr: 'وزارة الداخلية', note: 'says "hi", twice', adherence: 0.75 },
        { code: 'MOJ', nameAr: 'العدل', note: null, adherence: null },
      ],
    });
    expect(csv).toBe(`${UTF8_BOM}code,nameAr,note,adherence\r\nMOI,وزارة الداخلية,"says ""hi"", twice",0.75\r\nMOJ,العدل,,\r\n`);
  });

  it('neutralises text a spreadsheet would run as a formula, keeping numbers as they are', () => {
    const names = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', 'a=b', "'quoted"];
    const csv = formatCsv({ columns: ['name', 'delta'], records: names.map((name) => ({ name, delta: -0.25 })) });
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")",-0.25`,
      "'+1+1,-0.25",
      "'-2+3,-0.25",
      "'@SUM(A1),-0.25",
      `"'\t=1",-0.25`,
      `"'\r=1",-0.25`,
      'a=b,-0.25',
      "'quoted,-0.25",
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
  });

  it('writes only the header for an empty table', () => {
    expect(formatCsv({ columns: ['a', 'b'], records: [] })).toBe(`${UTF8_BOM}a,b\r\n`);
  });
});

describe('wantsCsv', () => {
  it('follows ?format first, then the Accept header', () => {
    expect(wantsCsv({ query: { format: 'csv' }, headers: {} })).toBe(true);
    expect(wantsCsv({ query: { format: 'json' }, headers: { accept: 'text/csv' } })).toBe(false);
    expect(wantsCsv({ query: {}, headers: { accept: 'text/csv, */*' } })).toBe(true);
    expect(wantsCsv({ query: {}, headers: { accept: 'application/json' } })).toBe(false);
  });
});
