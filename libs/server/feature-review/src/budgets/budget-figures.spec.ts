import { burnLevel, budgetFigures } from './budget-figures';
import { burnWindowEnd, parseQuarter, quarterOf } from './quarter';

describe('quarters in Asia/Qatar', () => {
  it('reads a quarter label into its first and last local dates', () => {
    expect(parseQuarter('2026-Q4')).toEqual({ label: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(parseQuarter('2028-Q1')).toEqual({ label: '2028-Q1', from: '2028-01-01', to: '2028-03-31' });
    expect(parseQuarter('2026-Q5')).toBeNull();
    expect(parseQuarter('26-Q1')).toBeNull();
  });

  it('places an instant in the quarter of its Qatar date, not its UTC date', () => {
    // 22:00 UTC on 30 September is 01:00 on 1 October in Doha.
    expect(quarterOf(Date.parse('2026-09-30T22:00:00Z')).label).toBe('2026-Q4');
    expect(quarterOf(Date.parse('2026-09-30T20:00:00Z')).label).toBe('2026-Q3');
  });

  it('measures burn up to today, or to the last day of a past quarter', () => {
    const q3 = parseQuarter('2026-Q3');
    const q4 = parseQuarter('2026-Q4');
    const now = Date.parse('2026-11-27T11:00:00Z');
    expect(q3 && burnWindowEnd(q3, now)).toBe('2026-09-30');
    expect(q4 && burnWindowEnd(q4, now)).toBe('2026-11-27');
  });
});

describe('error budget figures', () => {
  it('grades burn rates as fast, slow or nothing by both windows', () => {
    expect(burnLevel(2, 1)).toBe('fast');
    expect(burnLevel(1.99, 5)).toBe('slow');
    expect(burnLevel(3, 0.99)).toBeNull();
    expect(burnLevel(null, 2)).toBeNull();
  });

  it('suppresses a quarter with fewer than 30 decided cycles, keeping its counts', () => {
    const thin = budgetFigures({ quarter: { met: 20, breached: 9 }, last3Days: { met: 0, breached: 3 }, last14Days: { met: 1, breached: 4 } });
    expect(thin).toMatchObject({ decided: 29, suppressed: true, burnLevel: null });
  });

  it('derives allowed breaches from the headroom: breaches the met cycles so far can carry at 80%', () => {
    // 80 met allow 20 breaches at exactly 80%; 12 spent leaves 8.
    const figures = budgetFigures({ quarter: { met: 80, breached: 12 }, last3Days: { met: 4, breached: 3 }, last14Days: { met: 30, breached: 10 } });
    expect(figures).toMatchObject({ decided: 92, allowedBreaches: 20, headroom: 8, recoveryNeed: 0, burnLevel: 'fast' });
    // 3 of 7 breached = 0.4286 / 0.2 budget, 10 of 40 = 0.25 / 0.2.
    expect(figures.burnRate3d).toBeCloseTo(3 / 7 / 0.2, 9);
    expect(figures.burnRate14d).toBeCloseTo(1.25, 9);
  });
});
