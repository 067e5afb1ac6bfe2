import { CompiledCalendar } from '../calendar/compile-calendar';
import { EpochMillis } from '../time/zone';

/** Event types that move the clock, in their precedence order for equal instants. */
export const CLOCK_EVENT_TYPES = [
  'case.opened',
  'case.reopened',
  'case.resumed',
  'case.paused',
  'case.resolved',
  'case.closed',
  'case.cancelled',
] as const;

export type ClockEventType = (typeof CLOCK_EVENT_TYPES)[number];

/** A case event. Types other than the clock ones are accepted and ignored by the clock. */
export interface CaseEvent {
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: EpochMillis;
}

export type TargetUnit = 'businessMinutes' | 'businessHours' | 'workingDays' | 'calendarMinutes' | 'calendarHours';

export const TARGET_UNITS: readonly TargetUnit[] = ['businessMinutes', 'businessHours', 'workingDays', 'calendarMinutes', 'calendarHours'];

export interface SlaTarget {
  /** Positive; business and calendar amounts are resolved to whole milliseconds. */
  readonly amount: number;
  readonly unit: TargetUnit;
}

export type CycleStatus = 'running' | 'paused' | 'breached_open' | 'met' | 'breached' | 'cancelled';

export interface CycleResult {
  readonly cycle: number;
  readonly status: CycleStatus;
  readonly startedAt: EpochMillis;
  /** Resolution or closure instant; null while open and for cancelled cycles. */
  readonly stoppedAt: EpochMillis | null;
  /** Cancellation instant (the clock stops there too); null unless cancelled. */
  readonly cancelledAt: EpochMillis | null;
  /** Business seconds (wall seconds for calendar units) of E(asOf). */
  readonly elapsedSeconds: number;
  /** E(asOf) / target, unrounded. */
  readonly progress: number;
  readonly dueAt: EpochMillis | null;
  readonly breachedAt: EpochMillis | null;
  readonly decidedAt: EpochMillis | null;
  readonly atRisk: boolean;
}

export interface CaseEvaluationInput {
  /** In any order, duplicates allowed (the first copy of an eventId wins). */
  readonly events: readonly CaseEvent[];
  readonly target: SlaTarget;
  /** Share of the target from which a running or paused cycle is at risk; default 0.75. */
  readonly atRiskRatio?: number;
  readonly calendar: CompiledCalendar;
  /** The evaluation instant: events after it are not known yet. */
  readonly asOf: EpochMillis;
}

export type IgnoredEventReason =
  | 'duplicate'
  | 'after_as_of'
  | 'before_first_opened'
  | 'not_a_clock_event'
  | 'no_effect';

export interface IgnoredEvent {
  readonly event: CaseEvent;
  readonly reason: IgnoredEventReason;
}

/** A later copy of an eventId whose content differs from the first copy (which was kept). */
export interface EventConflict {
  readonly eventId: string;
  readonly kept: CaseEvent;
  readonly rejected: CaseEvent;
}

export interface CaseEvaluation {
  readonly cycles: readonly CycleResult[];
  /** Events the clock did not apply, in clock order; `before_first_opened` ones are anomalies. */
  readonly ignoredEvents: readonly IgnoredEvent[];
  readonly conflicts: readonly EventConflict[];
}

export const DEFAULT_AT_RISK_RATIO = 0.75;
