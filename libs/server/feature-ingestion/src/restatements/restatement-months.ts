import { RestatementCounts, RestatementMonth } from '@ws/contracts';
import { periodLabel } from '@ws/sla-engine';
import { ROLLUP_ZONE } from '../recompute/local-day';

/** What a cycle's decision is, as stored in `restatement_pending` (epoch ms) or read back. */
export interface CycleDecision {
  readonly status?: string;
  readonly decidedAt?: number | null;
}

export interface DecisionChange {
  readonly before: CycleDecision | null;
  readonly after: CycleDecision | null;
}

const zero = (): RestatementCounts => ({ decided: 0, met: 0, breached: 0 });

function count(into: Map<string, RestatementMonth>, decision: CycleDecision | null, side: 'before' | 'after'): void {
  if (!decision || decision.decidedAt === null || decision.decidedAt === undefined) return;
  const month = periodLabel(decision.decidedAt, 'month', ROLLUP_ZONE);
  const entry = into.get(month) ?? { month, before: zero(), after: zero() };
  entry[side].decided += 1;
  if (decision.status === 'met') entry[side].met += 1;
  else entry[side].breached += 1;
  into.set(month, entry);
}

/**
 * Decided, met and breached cycles before and after, per month of the decision (Asia/Qatar, as the
 * rollups count them): a cycle whose decision moves to another month counts in both.
 */
export function monthsOf(changes: readonly DecisionChange[]): RestatementMonth[] {
  const months = new Map<string, RestatementMonth>();
  for (const change of changes) {
    count(months, change.before, 'before');
    count(months, change.after, 'after');
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}
