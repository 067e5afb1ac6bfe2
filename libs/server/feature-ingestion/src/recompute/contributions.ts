import { isSatisfied } from '@ws/sla-engine';
import { CaseSnapshot, CaseSurvey, CycleRow } from './case-types';
import { rollupDay } from './local-day';

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

/** A row's counts, by counter position (`COUNTER_AT`). */
type Counts = number[];

/** What to add to one rollup row: every counter, by its position in `COUNTERS`. */
export type RollupDelta = RollupKey & { readonly counts: readonly number[] };

/** A counter's position in a row's counts. */
export const COUNTER_AT = Object.fromEntries(COUNTERS.map((counter, index) => [counter, index])) as Record<Counter, number>;
const AT = COUNTER_AT;

/** Whether a cycle adds exactly the same counts as another (the fields `addCycle` reads). */
function sameContribution(a: CycleRow, b: CycleRow): boolean {
  return (
    a.cycle === b.cycle &&
    a.startedAt === b.startedAt &&
    a.stoppedAt === b.stoppedAt &&
    a.cancelledAt === b.cancelledAt &&
    a.decidedAt === b.decidedAt &&
    (a.decidedAt === null || (a.status === 'met') === (b.status === 'met')) &&
    (a.stoppedAt === null || a.cycle !== 1 || a.elapsedSeconds === b.elapsedSeconds)
  );
}

const sameDimensions = (a: CaseSnapshot, b: CaseSnapshot): boolean =>
  a.serviceId === b.serviceId && a.agencyId === b.agencyId && a.requestingAgencyId === b.requestingAgencyId && a.channel === b.channel;

const sameSurvey = (a: CaseSurvey | null, b: CaseSurvey | null): boolean =>
  a === b || (a !== null && b !== null && a.at === b.at && a.scale === b.scale && a.score === b.score && a.channel === b.channel);

/** Counters per rollup row, keyed by a stable string of the row's key. */
export class RollupTally {
  private readonly rows = new Map<string, { key: RollupKey; counts: Counts }>();
  /** The counts of the case's row on the local day of `instant`, created at zero when new. */
  private countsAt(snapshot: CaseSnapshot, serviceId: number, instant: number, channel: string): Counts {
    const day = rollupDay(instant);
    const id = `${serviceId}|${snapshot.agencyId}|${snapshot.requestingAgencyId}|${day}|${channel}`;
    let row = this.rows.get(id);
    if (!row) {
      const key = { serviceId, agencyId: snapshot.agencyId, requestingAgencyId: snapshot.requestingAgencyId, channel, day };
      row = { key, counts: new Array<number>(COUNTERS.length).fill(0) };
      this.rows.set(id, row);
    }
    return row.counts;
  }

  /** Adds every contribution of one case fold, times `sign` (+1 new, -1 old). */
  addCase(snapshot: CaseSnapshot, cycles: readonly CycleRow[], sign: 1 | -1): void {
    this.addParts(snapshot, cycles, snapshot.survey, sign);
  }

  /**
   * Takes back what the case contributed before a fold and adds what it contributes after, skipping
   * the cycles and the survey that contribute the same counts to the same rows both times.
   */
  addChange(before: CaseSnapshot, beforeCycles: readonly CycleRow[], after: CaseSnapshot, afterCycles: readonly CycleRow[]): void {
    if (!sameDimensions(before, after)) {
      this.addCase(before, beforeCycles, -1);
      this.addCase(after, afterCycles, 1);
      return;
    }
    const unchanged = (cycle: CycleRow, others: readonly CycleRow[]) => others.some((other) => sameContribution(cycle, other));
    const surveyChanged = !sameSurvey(before.survey, after.survey);
    this.addParts(before, beforeCycles.filter((cycle) => !unchanged(cycle, afterCycles)), surveyChanged ? before.survey : null, -1);
    this.addParts(after, afterCycles.filter((cycle) => !unchanged(cycle, beforeCycles)), surveyChanged ? after.survey : null, 1);
  }

  /** Rows whose counters do not all cancel out, in a stable order (the order rows are locked in). */
  deltas(): RollupDelta[] {
    return [...this.rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .filter(([, row]) => row.counts.some((count) => count !== 0))
      .map(([, row]) => ({ ...row.key, counts: row.counts }));
  }

  private addParts(snapshot: CaseSnapshot, cycles: readonly CycleRow[], survey: CaseSurvey | null, sign: number): void {
    const { serviceId } = snapshot;
    if (serviceId === null) return;
    const at = (instant: number): Counts => this.countsAt(snapshot, serviceId, instant, snapshot.channel);
    for (const cycle of cycles) this.addCycle(cycle, at, sign);
    if (survey) this.addSurvey(survey, this.countsAt(snapshot, serviceId, survey.at, survey.channel), sign);
  }

  private addCycle(cycle: CycleRow, at: (instant: number) => Counts, sign: number): void {
    const first = cycle.cycle === 1;
    at(cycle.startedAt)[first ? AT.opened : AT.reopened] += sign;
    if (cycle.stoppedAt !== null) {
      const stopped = at(cycle.stoppedAt);
      stopped[AT.resolved] += sign;
      if (first) {
        stopped[AT.processed] += sign;
        // Tallied in whole milliseconds, so adding and taking back is exact (written as seconds).
        stopped[AT.elapsed_seconds_sum] += sign * Math.round(cycle.elapsedSeconds * 1000);
      }
    }
    if (cycle.cancelledAt !== null) at(cycle.cancelledAt)[AT.cancelled] += sign;
    if (cycle.decidedAt === null) return;
    const met = cycle.status === 'met';
    const decided = at(cycle.decidedAt);
    decided[AT.decided_all] += sign;
    decided[met ? AT.met_all : AT.breached_all] += sign;
    if (!first) return;
    decided[AT.decided] += sign;
    decided[met ? AT.met : AT.breached] += sign;
  }

  private addSurvey(survey: CaseSurvey, counts: Counts, sign: number): void {
    if (survey.scale !== 'csat5' && survey.scale !== 'happiness3') return;
    const maximum = survey.scale === 'csat5' ? 5 : 3;
    if (!Number.isInteger(survey.score) || survey.score < 1 || survey.score > maximum) return;
    counts[AT.csat_responses] += sign;
    if (isSatisfied(survey.scale, survey.score)) counts[AT.csat_satisfied] += sign;
    counts[AT[`${survey.scale}_${survey.score}` as Counter]] += sign;
  }
}
