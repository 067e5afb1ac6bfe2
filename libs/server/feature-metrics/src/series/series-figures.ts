import { CycleScope, ReopenRatePoint, SatisfactionPoint, SlaPoint, VolumeCounts } from '@ws/contracts';
import { adherenceOf, csatFromCounts } from '@ws/sla-engine';
import { CounterSums } from '../sql/rollup-sums';

/** The rollup counters of the official KPI (first cycles) or of every cycle. */
export function adherenceCounters(cycles: CycleScope) {
  return cycles === 'first' ? ({ met: 'met', breached: 'breached' } as const) : ({ met: 'met_all', breached: 'breached_all' } as const);
}

export function slaPoint(period: string, met: number, breached: number): SlaPoint {
  return { period, met, breached, decided: met + breached, adherence: adherenceOf({ met, breached }) };
}

export function satisfactionPoint(period: string, satisfied: number, responses: number): SatisfactionPoint {
  const figure = csatFromCounts(satisfied, responses);
  return {
    period,
    responses,
    satisfied,
    csat: figure.csat,
    ciLow: figure.interval?.low ?? null,
    ciHigh: figure.interval?.high ?? null,
    insufficientSample: figure.insufficient,
  };
}

export function volumeCounts(row: CounterSums<'opened' | 'decided' | 'resolved' | 'cancelled' | 'reopened'>): VolumeCounts {
  return { opened: row.opened, decided: row.decided, resolved: row.resolved, cancelled: row.cancelled, reopened: row.reopened };
}

/** Reopenings (cycles after the first started) per first cycle decided. */
export function reopenRatePoint(period: string, reopened: number, decided: number): ReopenRatePoint {
  return { period, reopened, decided, reopenRate: decided === 0 ? null : reopened / decided };
}

/**
 * The 90th percentile (nearest rank) of a service's processing times exceeds its SLA exactly when
 * fewer than 90% of its stopped first cycles were met: 10 x met < 9 x processed, in integers.
 */
export function p90ExceedsSla(met: number, processed: number): boolean {
  return processed > 0 && 10 * met < 9 * processed;
}

export const DIGITAL_CHANNELS: readonly string[] = ['web', 'mobile', 'api'];

export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
