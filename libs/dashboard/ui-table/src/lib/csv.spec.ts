import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, separates with commas and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('quotes cells with commas, quotes or line breaks and keeps Arabic text as it is', () => {
    const csv = toCsv(['name'], [['a,b'], ['say "hi"'], ['two\nlines'], ['وزارة الداخلية']]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      'وزارة الداخلية',
    ]);
  });

  it('writes text that would start a spreadsheet formula with a leading quote, numbers as they are', () => {
    const csv = toCsv(['name', 'delta'], [['=SUM(A1)', -3], ['@x', 2], ['\t+1', 0]]);
    expect(csv.split('\r\n').slice(1, 4)).toEqual(["'=SUM(A1),-3", "'@x,2", `"'\t+1",0`]);
  });

  it('writes nothing for empty values', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, false]])).toBe('\uFEFFa,b,c\r\n,,false\r\n');
  });
});
