import { BurnLevel, ErrorBudgetFigures } from '@ws/contracts';
import { adherenceOf, burnRate, errorBudget, OutcomeCounts } from '@ws/sla-engine';

/** The NDS3 target for SLA adherence: more than 80% of cases within their SLA by 2030. */
export const SLA_TARGET = 0.8;
/** Fewer decided cycles in the quarter than this: the figure is shown grey and raises no alert (product.md). */
export const MINIMUM_DECIDED = 30;
/**
 * Burn-rate levels over 3 and 14 local days (burn rate 1 spends exactly the quarter's budget):
 * fast when the last 3 days burn at least twice the sustainable rate and the last 14 days at
 * least at it; slow when both windows burn at least at the sustainable rate.
 */
export const BURN_THRESHOLDS = { fast3d: 2, fast14d: 1, slow3d: 1, slow14d: 1 } as const;

export interface BudgetCounts {
  quarter: OutcomeCounts;
  last3Days: OutcomeCounts;
  last14Days: OutcomeCounts;
}

export function burnLevel(burn3d: number | null, burn14d: number | null): BurnLevel | null {
  if (burn3d === null || burn14d === null) return null;
  if (burn3d >= BURN_THRESHOLDS.fast3d && burn14d >= BURN_THRESHOLDS.fast14d) return 'fast';
  if (burn3d >= BURN_THRESHOLDS.slow3d && burn14d >= BURN_THRESHOLDS.slow14d) return 'slow';
  return null;
}

/** Error budget and burn rates of sla-clock.md §4, all arithmetic by @ws/sla-engine. */
export function budgetFigures(counts: BudgetCounts): ErrorBudgetFigures {
  const { met, breached } = counts.quarter;
  const decided = met + breached;
  const budget = errorBudget(counts.quarter, SLA_TARGET);
  const burnRate3d = burnRate(counts.last3Days, SLA_TARGET);
  const burnRate14d = burnRate(counts.last14Days, SLA_TARGET);
  const suppressed = decided < MINIMUM_DECIDED;
  return {
    met,
    breached,
    decided,
    adherence: adherenceOf(counts.quarter),
    allowedBreaches: breached + budget.headroom,
    headroom: budget.headroom,
    recoveryNeed: budget.recoveryNeed,
    burnRate3d,
    burnRate14d,
    burnLevel: suppressed ? null : burnLevel(burnRate3d, burnRate14d),
    suppressed,
  };
}
