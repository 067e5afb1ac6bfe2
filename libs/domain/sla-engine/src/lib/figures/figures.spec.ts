import * as fc from 'fast-check';
import { CycleResult } from '../clock/clock-types';
import { parseIsoInstant } from '../time/iso-instant';
import { adherenceByPeriod, adherenceOf, poolCounts } from './adherence';
import { csatByPeriod, csatFigure, SurveyResponse, wilsonInterval } from './csat';
import { burnRate, errorBudget } from './error-budget';
import { ratioFromDecimal } from './exact-ratio';
import { periodLabel, periodsBetween } from './periods';

const at = (iso: string): number => parseIsoInstant(iso) ?? NaN;
const decided = (status: 'met' | 'breached' | 'breached_open' | 'running' | 'cancelled', iso: string | null): Pick<CycleResult, 'status' | 'decidedAt'> => ({
  status,
  decidedAt: iso === null ? null : at(iso),
});

describe('periods in Asia/Qatar', () => {
  const instant = at('2026-01-31T22:30:00Z'); // 01:30 on 1 February in Doha

  it('labels days, Sunday weeks, months, quarters and years in local time', () => {
    expect(periodLabel(instant, 'day', 'Asia/Qatar')).toBe('2026-02-01');
    expect(periodLabel(at('2026-01-31T10:00:00+03:00'), 'week', 'Asia/Qatar')).toBe('2026-01-25');
    expect(periodLabel(instant, 'month', 'Asia/Qatar')).toBe('2026-02');
    expect(periodLabel(at('2026-03-31T22:00:00Z'), 'quarter', 'Asia/Qatar')).toBe('2026-Q2');
    expect(periodLabel(at('2026-12-31T21:00:00Z'), 'year', 'Asia/Qatar')).toBe('2027');
  });

  it('lists every label between two dates', () => {
    expect(periodsBetween('2026-01-30', '2026-02-02', 'day')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
    expect(periodsBetween('2026-01-31', '2026-02-08', 'week')).toEqual(['2026-01-25', '2026-02-01', '2026-02-08']);
    expect(periodsBetween('2025-11-15', '2026-02-01', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('2025-12-31', '2026-07-01', 'quarter')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(periodsBetween('2024-06-01', '2026-01-01', 'year')).toEqual(['2024', '2025', '2026']);
  });
});

describe('adherence', () => {
  it('puts each decided cycle in the window of its decidedAt and skips open and cancelled cycles', () => {
    const cycles = [
      decided('met', '2026-01-31T23:30:00+03:00'),
      decided('breached_open', '2026-02-01T08:00:00+03:00'),
      decided('breached', '2026-02-03T08:00:00+03:00'),
      decided('running', null),
      decided('cancelled', null),
    ];
    expect(adherenceByPeriod(cycles, 'month', 'Asia/Qatar')).toEqual([
      { period: '2026-01', met: 1, breached: 0, decided: 1, adherence: 1 },
      { period: '2026-02', met: 0, breached: 2, decided: 2, adherence: 0 },
    ]);
  });

  it('has no figure when nothing was decided', () => {
    expect(adherenceOf({ met: 0, breached: 0 })).toBeNull();
  });

  it("pools counts instead of averaging percentages (Simpson's paradox)", () => {
    // Agency A beats B on both services, yet B is better overall: only pooled counts tell the truth.
    const a = { simple: { met: 81, breached: 6 }, complex: { met: 192, breached: 71 } };
    const b = { simple: { met: 234, breached: 36 }, complex: { met: 55, breached: 25 } };
    expect(adherenceOf(a.simple) ?? 0).toBeGreaterThan(adherenceOf(b.simple) ?? 0);
    expect(adherenceOf(a.complex) ?? 0).toBeGreaterThan(adherenceOf(b.complex) ?? 0);
    const pooledA = adherenceOf(poolCounts([a.simple, a.complex])) ?? 0;
    const pooledB = adherenceOf(poolCounts([b.simple, b.complex])) ?? 0;
    expect(pooledA).toBeLessThan(pooledB);
    expect(pooledA).toBeCloseTo(273 / 350, 12);
    const averagedA = ((adherenceOf(a.simple) ?? 0) + (adherenceOf(a.complex) ?? 0)) / 2;
    expect(averagedA).not.toBeCloseTo(pooledA, 3);
  });

  it('gives the adherence of a union from the pooled counts of its parts', () => {
    const cycle = fc.record({
      status: fc.constantFrom<'met' | 'breached' | 'breached_open'>('met', 'breached', 'breached_open'),
      decidedAt: fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2026-12-31T00:00:00Z') }),
    });
    fc.assert(
      fc.property(fc.array(cycle), fc.array(cycle), (left, right) => {
        const union = adherenceByPeriod([...left, ...right], 'month', 'Asia/Qatar');
        const parts = [...adherenceByPeriod(left, 'month', 'Asia/Qatar'), ...adherenceByPeriod(right, 'month', 'Asia/Qatar')];
        for (const window of union) {
          const pooled = poolCounts(parts.filter((part) => part.period === window.period));
          expect({ met: window.met, breached: window.breached }).toEqual(pooled);
          expect(window.adherence).toBe(adherenceOf(pooled));
        }
      }),
    );
  });
});

describe('error budget with exact arithmetic', () => {
  it('holds 0.8 as 4/5', () => {
    expect(ratioFromDecimal(0.8)).toEqual({ numerator: 4n, denominator: 5n });
    expect(ratioFromDecimal('1e-3')).toEqual({ numerator: 1n, denominator: 1000n });
  });

  it('computes headroom at the exact boundary without float off-by-one', () => {
    // 80 met, 20 breached is exactly 80%: no further breach allowed (inclusive), and already at the edge (strict).
    expect(errorBudget({ met: 80, breached: 20 }, 0.8)).toEqual({ headroom: 0, headroomStrict: -1, recoveryNeed: 0 });
    expect(errorBudget({ met: 80, breached: 10 }, 0.8)).toEqual({ headroom: 10, headroomStrict: 9, recoveryNeed: 0 });
    expect(errorBudget({ met: 7, breached: 3 }, 0.8)).toEqual({ headroom: -2, headroomStrict: -2, recoveryNeed: 5 });
    expect(errorBudget({ met: 7, breached: 3 }, 1)).toMatchObject({ recoveryNeed: null });
  });

  it('agrees with brute force on the definitions', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(300), fc.constantFrom(0.8, 0.9, 0.95, 0.75, 0.99), (met, breached, target) => {
        const [p, q] = [Math.round(target * 100), 100];
        const atLeast = (m: number, b: number) => m * q >= p * (m + b);
        const moreThan = (m: number, b: number) => m * q > p * (m + b);
        const budget = errorBudget({ met, breached }, target);
        const count = (ok: (m: number, b: number) => boolean) => {
          let extra = 0;
          while (ok(met, breached + extra + 1)) extra++;
          return ok(met, breached) ? extra : -1;
        };
        if (atLeast(met, breached)) expect(budget.headroom).toBe(count(atLeast));
        if (moreThan(met, breached)) expect(budget.headroomStrict).toBe(count(moreThan));
        let need = 0;
        while (!atLeast(met + need, breached)) need++;
        expect(budget.recoveryNeed).toBe(need);
      }),
    );
  });

  it('measures the burn rate against the budgeted breach rate', () => {
    expect(burnRate({ met: 90, breached: 10 }, 0.8)).toBeCloseTo(0.5, 12);
    expect(burnRate({ met: 0, breached: 0 }, 0.8)).toBeNull();
  });
});

describe('CSAT', () => {
  const response = (caseId: string, score: number, iso: string, scale: SurveyResponse['scale'] = 'csat5'): SurveyResponse => ({
    caseId,
    surveyId: 'post-resolution',
    eventId: `${caseId}-${iso}`,
    scale,
    score,
    occurredAt: at(iso),
  });

  it('keeps the latest response per case and survey and flags small samples', () => {
    const figure = csatFigure([
      response('A', 2, '2026-01-04T10:00:00+03:00'),
      response('A', 5, '2026-01-05T10:00:00+03:00'),
      response('B', 3, '2026-01-04T10:00:00+03:00', 'happiness3'),
      response('C', 3, '2026-01-04T10:00:00+03:00'),
    ]);
    expect(figure).toMatchObject({ responses: 3, satisfied: 2, insufficient: true });
    expect(figure.csat).toBeCloseTo(2 / 3, 12);
  });

  it('gives the Wilson 95% interval and stops flagging at 30 responses', () => {
    const interval = wilsonInterval(24, 30);
    expect(interval.low).toBeCloseTo(0.6269, 3);
    expect(interval.high).toBeCloseTo(0.9050, 3);
    const thirty = Array.from({ length: 30 }, (_, index) => response(`case-${index}`, index < 24 ? 5 : 1, '2026-01-04T10:00:00+03:00'));
    expect(csatFigure(thirty).insufficient).toBe(false);
    expect(csatByPeriod(thirty, 'month', 'Asia/Qatar')).toEqual([{ period: '2026-01', figure: csatFigure(thirty) }]);
  });
});
