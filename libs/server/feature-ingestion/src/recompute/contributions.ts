import { isSatisfied, periodLabel } from '@ws/sla-engine';
import { CaseSnapshot, CaseSurvey, CycleRow } from './case-types';

export const ROLLUP_ZONE = 'Asia/Qatar';
const QUARTER_HOUR_MS = 15 * 60 * 1000;

export const COUNTERS = [
  'decided', 'met', 'breached', 'decided_all', 'met_all', 'breached_all',
  'opened', 'reopened', 'resolved', 'cancelled', 'processed', 'elapsed_seconds_sum',
  'csat_responses', 'csat_satisfied',
  'csat5_1', 'csat5_2', 'csat5_3', 'csat5_4', 'csat5_5', 'happiness3_1', 'happiness3_2', 'happiness3_3',
] as const;
export type Counter = (typeof COUNTERS)[number];

export interface RollupKey {
  readonly serviceId: number;
  readonly agencyId: number;
  readonly requestingAgencyId: number;
  readonly channel: string;
  readonly day: string;
}

export type RollupDelta = RollupKey & { readonly counts: Partial<Record<Counter, number>> };

/** Sparse counters per rollup row, keyed by a stable string of the row's key. */
export class RollupTally {
  readonly rows = new Map<string, { key: RollupKey; counts: Partial<Record<Counter, number>> }>();
  /**
   * Local day of each quarter hour seen. Every UTC offset in use since 1972 is a whole number of
   * quarter hours and events are dated from 2000, so a local day never starts inside a quarter hour:
   * all its instants share the day, and the zone is asked once per quarter hour instead of per instant.
   */
  private readonly days = new Map<number, string>();

  private dayOf(instant: number): string {
    const quarter = Math.floor(instant / QUARTER_HOUR_MS);
    let day = this.days.get(quarter);
    if (day === undefined) {
      day = periodLabel(quarter * QUARTER_HOUR_MS, 'day', ROLLUP_ZONE);
      this.days.set(quarter, day);
    }
    return day;
  }

  add(key: RollupKey, counter: Counter, amount = 1): void {
    const id = `${key.serviceId}|${key.agencyId}|${key.requestingAgencyId}|${key.day}|${key.channel}`;
    let row = this.rows.get(id);
    if (!row) {
      row = { key, counts: {} };
      this.rows.set(id, row);
    }
    row.counts[counter] = (row.counts[counter] ?? 0) + amount;
  }

  /** Adds every contribution of one case fold, times `sign` (+1 new, -1 old). */
  addCase(snapshot: CaseSnapshot, cycles: readonly CycleRow[], sign: 1 | -1): void {
    const { serviceId } = snapshot;
    if (serviceId === null) return;
    const at = (instant: number, channel = snapshot.channel): RollupKey => ({
      serviceId,
      agencyId: snapshot.agencyId,
      requestingAgencyId: snapshot.requestingAgencyId,
      channel,
      day: this.dayOf(instant),
    });
    for (const cycle of cycles) this.addCycle(cycle, at, sign);
    if (snapshot.survey) this.addSurvey(snapshot.survey, at(snapshot.survey.at, snapshot.survey.channel), sign);
  }

  /** Rows whose counters do not all cancel out, in a stable order (the order rows are locked in). */
  deltas(): RollupDelta[] {
    return [...this.rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => ({ ...row.key, counts: nonZero(row.counts) }))
      .filter((row) => Object.keys(row.counts).length > 0);
  }

  private addCycle(cycle: CycleRow, at: (instant: number) => RollupKey, sign: number): void {
    const first = cycle.cycle === 1;
    this.add(at(cycle.startedAt), first ? 'opened' : 'reopened', sign);
    if (cycle.stoppedAt !== null) {
      this.add(at(cycle.stoppedAt), 'resolved', sign);
      if (first) {
        this.add(at(cycle.stoppedAt), 'processed', sign);
        // Tallied in whole milliseconds, so adding and taking back is exact (written as seconds).
        this.add(at(cycle.stoppedAt), 'elapsed_seconds_sum', sign * Math.round(cycle.elapsedSeconds * 1000));
      }
    }
    if (cycle.cancelledAt !== null) this.add(at(cycle.cancelledAt), 'cancelled', sign);
    if (cycle.decidedAt === null) return;
    const met = cycle.status === 'met';
    const day = at(cycle.decidedAt);
    this.add(day, 'decided_all', sign);
    this.add(day, met ? 'met_all' : 'breached_all', sign);
    if (!first) return;
    this.add(day, 'decided', sign);
    this.add(day, met ? 'met' : 'breached', sign);
  }

  private addSurvey(survey: CaseSurvey, key: RollupKey, sign: number): void {
    if (survey.scale !== 'csat5' && survey.scale !== 'happiness3') return;
    const maximum = survey.scale === 'csat5' ? 5 : 3;
    if (!Number.isInteger(survey.score) || survey.score < 1 || survey.score > maximum) return;
    this.add(key, 'csat_responses', sign);
    if (isSatisfied(survey.scale, survey.score)) this.add(key, 'csat_satisfied', sign);
    this.add(key, `${survey.scale}_${survey.score}` as Counter, sign);
  }
}

function nonZero(counts: Partial<Record<Counter, number>>): Partial<Record<Counter, number>> {
  return Object.fromEntries(Object.entries(counts).filter(([, value]) => (value ?? 0) !== 0));
}
