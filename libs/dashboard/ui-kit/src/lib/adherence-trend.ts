import type { SlaPoint } from '@ws/contracts';
import type { TrendRow } from './trend-panel';

/** Fewer decided cycles than this in a period: shown as insufficient data, not a percentage. */
export const MIN_DECIDED_CYCLES = 30;

/**
 * The SLA adherence of each period as trend rows: a period decided on too few cycles has no
 * value; `trajectoryAt` gives the expected value of a period (none by default).
 */
export function adherenceTrendRows(
  series: readonly SlaPoint[],
  trajectoryAt: (period: string) => number | null = () => null,
): TrendRow[] {
  return series.map((point) => ({
    period: point.period,
    value: point.decided >= MIN_DECIDED_CYCLES ? point.adherence : null,
    count: point.decided,
    trajectory: trajectoryAt(point.period),
  }));
}

/** No period decided a single cycle: the adherence trend has nothing to show. */
export function noCycleDecided(series: readonly SlaPoint[]): boolean {
  return series.every((point) => point.decided === 0);
}
