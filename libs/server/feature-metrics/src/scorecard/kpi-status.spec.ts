import { kpiStatus, trajectoryAt } from './kpi-status';

describe('trajectoryAt', () => {
  const sla = { baselineYear: 2024, baselineValue: 0.71, target2030: 0.8 };

  it('is the straight line from the baseline to the 2030 target', () => {
    expect(trajectoryAt(sla, 2024)).toBeCloseTo(0.71, 12);
    expect(trajectoryAt(sla, 2027)).toBeCloseTo(0.71 + (0.09 * 3) / 6, 12);
    expect(trajectoryAt(sla, 2030)).toBeCloseTo(0.8, 12);
  });

  it('holds at its ends and has no value without a target', () => {
    expect(trajectoryAt(sla, 2020)).toBe(0.71);
    expect(trajectoryAt(sla, 2035)).toBeCloseTo(0.8, 12);
    expect(trajectoryAt({ ...sla, target2030: null }, 2026)).toBeNull();
  });
});

describe('kpiStatus', () => {
  const base = { trajectory: 0.75, direction: 'higher' as const, tolerance: 0.05, basisCount: 100 };

  it('is green on or above the trajectory, amber within the tolerance, red beyond', () => {
    expect(kpiStatus({ ...base, actual: 0.75 })).toBe('green');
    expect(kpiStatus({ ...base, actual: 0.71 })).toBe('amber');
    expect(kpiStatus({ ...base, actual: 0.7 })).toBe('amber');
    expect(kpiStatus({ ...base, actual: 0.69 })).toBe('red');
  });

  it('reads "better" downwards for lower-is-better KPIs', () => {
    expect(kpiStatus({ ...base, direction: 'lower', actual: 0.7 })).toBe('green');
    expect(kpiStatus({ ...base, direction: 'lower', actual: 0.79 })).toBe('amber');
    expect(kpiStatus({ ...base, direction: 'lower', actual: 0.81 })).toBe('red');
  });

  it('is grey under 30 decided or responses, without a figure or without a target', () => {
    expect(kpiStatus({ ...base, actual: 0.9, basisCount: 29 })).toBe('grey');
    expect(kpiStatus({ ...base, actual: 0.9, basisCount: null })).toBe('green');
    expect(kpiStatus({ ...base, actual: null })).toBe('grey');
    expect(kpiStatus({ ...base, actual: 0.9, trajectory: null })).toBe('grey');
  });
});
