import { ceilDivide, ExactRatio, floorDivide, ratioFromDecimal } from './exact-ratio';
import { OutcomeCounts } from './adherence';

export interface ErrorBudget {
  /** Further breaches before adherence drops under the target ("at least T"); negative when already under. */
  readonly headroom: number;
  /** The same for the strict reading ("more than T"). */
  readonly headroomStrict: number;
  /** Met cycles needed in a row to get back to the target; 0 when not under it, null when it cannot be reached (T = 1). */
  readonly recoveryNeed: number | null;
}

/**
 * Error budget of sla-clock.md §4 with exact integer arithmetic: `T = p/q`,
 * headroom `floor((m(q-p) - b p) / p)`, strict `ceil(...) - 1`, recovery `ceil((p(m+b) - q m) / (q-p))`.
 */
export function errorBudget(counts: OutcomeCounts, target: number | ExactRatio): ErrorBudget {
  const { numerator: p, denominator: q } = typeof target === 'number' ? ratioFromDecimal(target) : target;
  if (p <= 0n || p > q) throw new RangeError('the target must be in (0, 1]');
  const met = BigInt(counts.met);
  const breached = BigInt(counts.breached);
  const spare = met * (q - p) - breached * p;
  const shortfall = p * (met + breached) - q * met;
  let recoveryNeed: number | null = 0;
  if (shortfall > 0n) recoveryNeed = p === q ? null : Number(ceilDivide(shortfall, q - p));
  return {
    headroom: Number(floorDivide(spare, p)),
    headroomStrict: Number(ceilDivide(spare, p) - 1n),
    recoveryNeed,
  };
}

/** Breach rate divided by the budgeted rate `1 - T`; null with nothing decided or T = 1. */
export function burnRate(counts: OutcomeCounts, target: number | ExactRatio): number | null {
  const { numerator: p, denominator: q } = typeof target === 'number' ? ratioFromDecimal(target) : target;
  const decided = counts.met + counts.breached;
  if (decided === 0 || p === q) return null;
  return (counts.breached * Number(q)) / (decided * Number(q - p));
}
