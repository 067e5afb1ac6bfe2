import { monthIndex, monthLabel, projectToTarget, studentT95 } from './projection';

const months = (from: string, values: number[]) =>
  values.map((value, i) => ({ month: monthLabel(monthIndex(from) + i), value }));

describe('studentT95', () => {
  it('matches the tables of the t distribution (two-sided 90%) from 4 degrees of freedom on', () => {
    const table: [number, number][] = [
      [4, 2.132],
      [5, 2.015],
      [10, 1.812],
      [22, 1.717],
      [30, 1.697],
      [120, 1.658],
    ];
    for (const [df, t] of table) expect(Math.abs(studentT95(df) - t)).toBeLessThan(0.001);
  });
});

describe('projectToTarget', () => {
  const base = {
    target: 0.8,
    direction: 'higher' as const,
    horizon: '2030-01',
    bounds: { min: 0, max: 1 },
  };

  it('extends an exact line to the horizon with a zero-width band and the slope it has', () => {
    const projection = projectToTarget({
      ...base,
      series: months('2026-01', [0.6, 0.61, 0.62, 0.63, 0.64, 0.65, 0.66, 0.67]),
    });
    expect(projection.slopePerMonth).toBeCloseTo(0.01, 10);
    expect(projection.path[0]?.month).toBe('2026-09');
    expect(projection.path.at(-1)?.month).toBe('2030-01');
    expect(projection.path).toHaveLength(41);
    // 0.67 + 41 months x 0.01 = 1.08, clamped to the ratio's maximum.
    expect(projection.atHorizon).toEqual({ month: '2030-01', value: 1, low: 1, high: 1 });
    expect(projection.verdict).toBe('on_course');
    // From 0.67 in 2026-08 to 0.80 in 2030-01: 0.13 over 41 months.
    expect(projection.requiredPerMonth).toBeCloseTo(0.13 / 41, 10);
  });

  it('computes the least-squares line and the 90% prediction interval by the textbook formulas', () => {
    const values = [0.7, 0.74, 0.69, 0.75, 0.72, 0.78, 0.74, 0.79];
    const projection = projectToTarget({
      ...base,
      bounds: undefined,
      series: months('2026-01', values),
    });
    // x = 0..7: mean 3.5, Sxx 42; by hand: slope = sum (x - 3.5)(y - mean y) / 42.
    const meanY = values.reduce((s, v) => s + v, 0) / 8;
    const slope = values.reduce((s, v, x) => s + (x - 3.5) * (v - meanY), 0) / 42;
    const sse = values.reduce((s, v, x) => s + (v - (meanY + slope * (x - 3.5))) ** 2, 0);
    const x0 = 48; // 2030-01 from 2026-01
    const half = studentT95(6) * Math.sqrt(sse / 6) * Math.sqrt(1 + 1 / 8 + (x0 - 3.5) ** 2 / 42);
    const centre = meanY + slope * (x0 - 3.5);
    expect(projection.slopePerMonth).toBeCloseTo(slope, 12);
    expect(projection.atHorizon?.value).toBeCloseTo(centre, 12);
    expect(projection.atHorizon?.low).toBeCloseTo(centre - half, 12);
    expect(projection.atHorizon?.high).toBeCloseTo(centre + half, 12);
    expect(projection.verdict).toBe(
      centre - half >= 0.8 ? 'on_course' : centre + half >= 0.8 ? 'uncertain' : 'off_course',
    );
  });

  it('says off course when even the top of the band misses, and how much is needed per month', () => {
    const projection = projectToTarget({
      ...base,
      series: months('2025-01', [0.5, 0.49, 0.5, 0.49, 0.5, 0.49, 0.5, 0.49, 0.5, 0.49, 0.5, 0.49]),
    });
    expect(projection.verdict).toBe('off_course');
    expect(projection.requiredPerMonth).toBeCloseTo(
      (0.8 - 0.49) / (monthIndex('2030-01') - monthIndex('2025-12')),
      12,
    );
  });

  it('reads "lower is better" targets the other way round', () => {
    const falling = months('2026-01', [0.3, 0.28, 0.26, 0.24, 0.22, 0.2]);
    expect(
      projectToTarget({ ...base, target: 0.1, direction: 'lower', series: falling }).verdict,
    ).toBe('on_course');
    expect(
      projectToTarget({ ...base, target: 0.1, direction: 'lower', series: falling })
        .requiredPerMonth,
    ).toBeLessThan(0);
  });

  it('does not project from fewer than six months, but still says what is needed', () => {
    const projection = projectToTarget({
      ...base,
      series: months('2026-06', [0.7, 0.72, 0.71, 0.73, 0.74]),
    });
    expect(projection).toMatchObject({
      months: 5,
      slopePerMonth: null,
      path: [],
      atHorizon: null,
      verdict: 'insufficient_data',
    });
    expect(projection.requiredPerMonth).toBeCloseTo(
      0.06 / (monthIndex('2030-01') - monthIndex('2026-10')),
      12,
    );
    expect(projectToTarget({ ...base, series: [] })).toMatchObject({
      latest: null,
      requiredPerMonth: null,
      verdict: 'insufficient_data',
    });
  });

  it('needs nothing more once the target is reached, and sorts months given out of order', () => {
    const series = months('2026-01', [0.81, 0.82, 0.83, 0.84, 0.85, 0.86]).reverse();
    const projection = projectToTarget({ ...base, series });
    expect(projection.latest?.month).toBe('2026-06');
    expect(projection.requiredPerMonth).toBe(0);
  });
});
