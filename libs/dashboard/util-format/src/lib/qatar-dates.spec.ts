import { addDays, isIsoDate, monthStart, qatarToday, quarterOf } from './qatar-dates';

describe('Qatar dates', () => {
  it('takes the local date in Qatar (UTC+3)', () => {
    expect(qatarToday(new Date('2026-11-27T20:59:59Z'))).toBe('2026-11-27');
    expect(qatarToday(new Date('2026-11-27T21:00:00Z'))).toBe('2026-11-28');
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-02-01')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('moves by days and months across year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(monthStart('2026-11-27')).toBe('2026-11-01');
    expect(monthStart('2026-11-27', -11)).toBe('2025-12-01');
    expect(monthStart('2026-01-15', 1)).toBe('2026-02-01');
  });

  it('names the quarter', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });
});
