import { StoredCycle } from './case-types';
import { sameCycles } from './cycle-changes';

const decided: StoredCycle = {
  cycle: 1,
  status: 'met',
  startedAt: 1_000,
  stoppedAt: 5_000,
  cancelledAt: null,
  elapsedSeconds: 4,
  progress: 0.5,
  dueAt: 9_000,
  atRisk50At: 5_000,
  atRisk75At: 7_000,
  breachedAt: null,
  decidedAt: 5_000,
  atRisk: false,
  firstComputedAt: 6_000,
};

describe('sameCycles', () => {
  it('is true only for the same cycles, field for field', () => {
    expect(sameCycles([decided], [{ ...decided }])).toBe(true);
    expect(sameCycles([], [])).toBe(true);
  });

  it('sees an added or removed cycle', () => {
    expect(sameCycles([decided], [decided, { ...decided, cycle: 2 }])).toBe(false);
    expect(sameCycles([decided], [])).toBe(false);
  });

  it('sees a change in any field, elapsed time included', () => {
    for (const change of [{ status: 'breached' as const }, { stoppedAt: null }, { elapsedSeconds: 4.001 }, { atRisk: true }, { firstComputedAt: 6_001 }]) {
      expect(sameCycles([decided], [{ ...decided, ...change }])).toBe(false);
    }
  });
});
