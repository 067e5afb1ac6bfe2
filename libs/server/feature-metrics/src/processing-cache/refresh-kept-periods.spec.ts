import { settledPeriods, StalePeriod } from './refresh-kept-periods';

const period = (serviceId: number, interval: string, name: string, version: string): StalePeriod => ({ serviceId, interval, period: name, version });

describe('settledPeriods', () => {
  const march = period(1, 'month', '2026-03', '4');
  const quarter = period(1, 'quarter', '2026-Q1', '9');
  const otherService = period(2, 'month', '2026-03', '4');

  it('settles nothing on a first look and remembers every stale period', () => {
    const { settled, unsettled } = settledPeriods([march, quarter], new Map());
    expect(settled).toEqual([]);
    expect([...unsettled]).toEqual([
      ['1/month/2026-03', '4'],
      ['1/quarter/2026-Q1', '9'],
    ]);
  });

  it('settles the periods whose version held since the last look, and only those', () => {
    const seen = new Map([
      ['1/month/2026-03', '4'],
      ['1/quarter/2026-Q1', '8'],
    ]);
    const { settled, unsettled } = settledPeriods([march, quarter, otherService], seen);
    expect(settled).toEqual([march]);
    expect([...unsettled]).toEqual([
      ['1/quarter/2026-Q1', '9'],
      ['2/month/2026-03', '4'],
    ]);
  });
});
