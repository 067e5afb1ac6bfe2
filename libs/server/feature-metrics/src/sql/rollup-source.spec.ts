import { wholeMonths } from './rollup-source';

describe('wholeMonths', () => {
  it('starts at the range start on a first of the month, else at the next month', () => {
    expect(wholeMonths('2026-01-01', '2026-03-31', '2026-11-27')).toEqual({ start: '2026-01-01', end: '2026-04-01' });
    expect(wholeMonths('2026-01-15', '2026-03-31', '2026-11-27')).toEqual({ start: '2026-02-01', end: '2026-04-01' });
  });

  it('ends before a partial last month, unless the range reaches today (nothing lies after today)', () => {
    expect(wholeMonths('2026-01-01', '2026-03-10', '2026-11-27')).toEqual({ start: '2026-01-01', end: '2026-03-01' });
    expect(wholeMonths('2026-01-01', '2026-11-27', '2026-11-27')).toEqual({ start: '2026-01-01', end: '2026-12-01' });
    expect(wholeMonths('2025-01-01', '2026-12-31', '2026-11-27')).toEqual({ start: '2025-01-01', end: '2027-01-01' });
  });

  it('knows month lengths, leap February and the turn of the year', () => {
    expect(wholeMonths('2028-02-01', '2028-02-29', '2030-01-01')).toEqual({ start: '2028-02-01', end: '2028-03-01' });
    expect(wholeMonths('2026-02-01', '2026-02-28', '2030-01-01')).toEqual({ start: '2026-02-01', end: '2026-03-01' });
    expect(wholeMonths('2025-12-02', '2026-01-30', '2030-01-01')).toEqual({ start: '2026-01-01', end: '2026-01-01' });
  });
});
