import { addDays, isIsoDate, lastDays, qatarToday, rangeFromParams } from './date-range';

describe('date range', () => {
  // 2025-03-10 22:30 UTC is already 2025-03-11 01:30 in Doha
  const lateEvening = new Date('2025-03-10T22:30:00Z');

  it('knows the date in Qatar', () => {
    expect(qatarToday(lateEvening)).toBe('2025-03-11');
    expect(qatarToday(new Date('2025-03-10T20:59:59Z'))).toBe('2025-03-10');
  });

  it('defaults to the last 30 days, today included', () => {
    expect(lastDays(lateEvening)).toEqual({ from: '2025-02-10', to: '2025-03-11' });
    expect(lastDays(lateEvening, 1)).toEqual({ from: '2025-03-11', to: '2025-03-11' });
  });

  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('reads the range from query params with fallbacks', () => {
    expect(rangeFromParams('2025-01-01', '2025-01-31', lateEvening)).toEqual({
      kind: 'valid',
      range: { from: '2025-01-01', to: '2025-01-31' },
      isDefault: false,
    });
    expect(rangeFromParams(null, null, lateEvening)).toEqual({
      kind: 'valid',
      range: { from: '2025-02-10', to: '2025-03-11' },
      isDefault: true,
    });
    expect(rangeFromParams('junk', '2025-01-31', lateEvening)).toMatchObject({
      range: { from: '2025-01-02', to: '2025-01-31' },
      isDefault: true,
    });
    expect(rangeFromParams('2025-02-01', '2025-01-01', lateEvening)).toEqual({
      kind: 'reversed',
      range: { from: '2025-02-01', to: '2025-01-01' },
    });
  });
});
