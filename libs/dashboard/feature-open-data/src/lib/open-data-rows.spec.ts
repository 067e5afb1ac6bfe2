import type { OpenDataRow } from '@ws/contracts';
import { nationalTrends } from './open-data-rows';

const row = (month: string, entity: string, counts: Partial<OpenDataRow>): OpenDataRow => ({
  month,
  entity,
  entityNameAr: entity,
  entityNameEn: entity,
  met: 0,
  decided: 0,
  adherence: null,
  responses: 0,
  satisfied: 0,
  csat: null,
  opened: 0,
  resolved: 0,
  openedDigital: 0,
  ...counts,
});

describe('nationalTrends', () => {
  it('keeps the national rows only and writes a ratio with fewer than 30 behind it as insufficient (null)', () => {
    const trends = nationalTrends([
      row('2026-01', 'national', {
        met: 80,
        decided: 100,
        satisfied: 20,
        responses: 29,
        openedDigital: 30,
        opened: 40,
      }),
      row('2026-01', 'MOI', { met: 1, decided: 100 }),
      row('2026-02', 'national', { met: 0, decided: 0 }),
    ]);
    expect(trends.adherence).toEqual([
      { period: '2026-01', value: 0.8, count: 100, trajectory: null },
      { period: '2026-02', value: null, count: 0, trajectory: null },
    ]);
    expect(trends.satisfaction[0]).toEqual({
      period: '2026-01',
      value: null,
      count: 29,
      trajectory: null,
    });
    expect(trends.digital[0]?.value).toBe(0.75);
  });
});
