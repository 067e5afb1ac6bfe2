import type { SlaPoint } from '@ws/contracts';
import { MIN_DECIDED_CYCLES, adherenceTrendRows, noCycleDecided } from './adherence-trend';

function point(period: string, met: number, breached: number): SlaPoint {
  const decided = met + breached;
  return { period, met, breached, decided, adherence: decided === 0 ? null : met / decided };
}

describe('adherence trend', () => {
  const enough = point('2026-01', MIN_DECIDED_CYCLES - 3, 3);
  const tooFew = point('2026-02', MIN_DECIDED_CYCLES - 2, 1);

  it('keeps the adherence of periods decided on enough cycles, with their count', () => {
    expect(adherenceTrendRows([enough, tooFew])).toEqual([
      { period: '2026-01', value: enough.adherence, count: MIN_DECIDED_CYCLES, trajectory: null },
      { period: '2026-02', value: null, count: MIN_DECIDED_CYCLES - 1, trajectory: null },
    ]);
  });

  it('asks the trajectory of each period', () => {
    const rows = adherenceTrendRows([enough, tooFew], (period) =>
      period === '2026-01' ? 0.7 : 0.75,
    );
    expect(rows.map((row) => row.trajectory)).toEqual([0.7, 0.75]);
  });

  it('is empty when no period decided a cycle', () => {
    expect(noCycleDecided([point('2026-01', 0, 0), point('2026-02', 0, 0)])).toBe(true);
    expect(noCycleDecided([point('2026-01', 0, 0), tooFew])).toBe(false);
  });
});
