import { EpochMillis } from '../time/zone';
import { CaseEvaluation, CaseEvaluationInput, CycleResult, CycleStatus, DEFAULT_AT_RISK_RATIO } from './clock-types';
import { buildCycleTimelines, CycleTimeline, isPausedAtEnd, runningSegments } from './cycle-timeline';
import { compareEvents, orderEvents } from './event-log';
import { reachAlong, sumAlong } from './segment-measure';
import { targetMeasure, TargetMeasure } from './target-measure';

/** The state of every cycle of a case at `asOf` (sla-clock.md §3). Pure. */
export function evaluateCase(input: CaseEvaluationInput): CaseEvaluation {
  const ordered = orderEvents(input.events, input.asOf);
  const { timelines, ignored } = buildCycleTimelines(ordered.events);
  const measure = targetMeasure(input.target, input.calendar);
  const atRiskRatio = input.atRiskRatio ?? DEFAULT_AT_RISK_RATIO;
  return {
    cycles: timelines.map((timeline) => evaluateCycle(timeline, measure, input.asOf, atRiskRatio)),
    ignoredEvents: [...ordered.ignored, ...ignored].sort((a, b) => compareEvents(a.event, b.event)),
    conflicts: ordered.conflicts,
  };
}

/**
 * For the current cycle, if its clock is running at `asOf`, the instant at which progress reaches
 * each ratio (assuming no further pause or stop; possibly already past). Empty otherwise.
 * Workers use it to schedule at-risk and breach notifications.
 */
export function progressInstants(
  input: CaseEvaluationInput,
  ratios: readonly number[],
): { readonly ratio: number; readonly at: EpochMillis | null }[] {
  const { timelines } = buildCycleTimelines(orderEvents(input.events, input.asOf).events);
  const current = timelines[timelines.length - 1];
  if (current === undefined || !isClockRunning(current)) return [];
  const measure = targetMeasure(input.target, input.calendar);
  const segments = runningSegments(current, Infinity);
  return ratios.map((ratio) => ({ ratio, at: reachAlong(segments, ratio * measure.target, measure) }));
}

function evaluateCycle(timeline: CycleTimeline, measure: TargetMeasure, asOf: EpochMillis, atRiskRatio: number): CycleResult {
  const segments = runningSegments(timeline, asOf);
  const elapsed = sumAlong(segments, (a, b) => measure.between(a, b));
  const exceeded = elapsed - measure.target > measure.tolerance;
  const status = statusOf(timeline, exceeded);
  const breachedAt = exceeded && status !== 'cancelled' ? reachAlong(segments, measure.target, measure) : null;
  const dueAt = isClockRunning(timeline) ? reachAlong(runningSegments(timeline, Infinity), measure.target, measure) : null;
  return {
    cycle: timeline.cycle,
    status,
    startedAt: timeline.startedAt,
    stoppedAt: timeline.stoppedAt,
    cancelledAt: timeline.cancelledAt,
    elapsedSeconds: sumAlong(segments, (a, b) => measure.millisBetween(a, b)) / 1000,
    progress: elapsed / measure.target,
    dueAt,
    breachedAt,
    decidedAt: status === 'met' ? timeline.stoppedAt : breachedAt,
    atRisk: (status === 'running' || status === 'paused') && elapsed >= atRiskRatio * measure.target - measure.tolerance,
  };
}

function statusOf(timeline: CycleTimeline, exceeded: boolean): CycleStatus {
  if (timeline.cancelledAt !== null) return 'cancelled';
  if (timeline.stoppedAt !== null) return exceeded ? 'breached' : 'met';
  if (exceeded) return 'breached_open';
  return isPausedAtEnd(timeline) ? 'paused' : 'running';
}

function isClockRunning(timeline: CycleTimeline): boolean {
  return timeline.stoppedAt === null && timeline.cancelledAt === null && !isPausedAtEnd(timeline);
}
