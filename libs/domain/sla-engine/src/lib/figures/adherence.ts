import { CycleResult } from '../clock/clock-types';
import { periodLabel, PeriodInterval } from './periods';

export interface OutcomeCounts {
  readonly met: number;
  readonly breached: number;
}

export interface PeriodAdherence extends OutcomeCounts {
  readonly period: string;
  readonly decided: number;
  /** met / decided; null when nothing was decided (never 0%). */
  readonly adherence: number | null;
}

/** met / (met + breached), or null when nothing was decided. */
export function adherenceOf(counts: OutcomeCounts): number | null {
  const decided = counts.met + counts.breached;
  return decided === 0 ? null : counts.met / decided;
}

/** Sums counts (services into an agency, agencies into the nation); never averages percentages. */
export function poolCounts(counts: readonly OutcomeCounts[]): OutcomeCounts {
  return counts.reduce((sum, next) => ({ met: sum.met + next.met, breached: sum.breached + next.breached }), { met: 0, breached: 0 });
}

/**
 * Adherence per window: each decided cycle counts once, in the window of its `decidedAt`
 * (an open breached cycle where it breached). Undecided and cancelled cycles count nowhere.
 */
export function adherenceByPeriod(
  cycles: readonly Pick<CycleResult, 'status' | 'decidedAt'>[],
  interval: PeriodInterval,
  zone: string,
): PeriodAdherence[] {
  const byPeriod = new Map<string, { met: number; breached: number }>();
  for (const cycle of cycles) {
    if (cycle.decidedAt === null || cycle.status === 'cancelled') continue;
    const period = periodLabel(cycle.decidedAt, interval, zone);
    const counts = byPeriod.get(period) ?? { met: 0, breached: 0 };
    if (cycle.status === 'met') counts.met++;
    else counts.breached++;
    byPeriod.set(period, counts);
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, counts]) => ({ period, ...counts, decided: counts.met + counts.breached, adherence: adherenceOf(counts) }));
}
