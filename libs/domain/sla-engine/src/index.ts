export type {
  CalendarDefinition,
  CalendarValidation,
  CalendarValidationError,
  Closure,
  ClosureLabel,
  ClosureStatus,
  PartialClosure,
  ScheduleOverride,
  TimeWindow,
  Weekday,
  WeeklySchedule,
  WholeDayClosure,
} from './lib/calendar/calendar-types';
export { WEEKDAYS, isPartialClosure } from './lib/calendar/calendar-types';
export { validateCalendar } from './lib/calendar/validate-calendar';
export type { CompiledCalendar } from './lib/calendar/compile-calendar';
export { compileCalendar, InvalidCalendarError } from './lib/calendar/compile-calendar';
export { addOpenMillis, addWorkingDays, hasOpenTime, openMillis, workingDaysBetween } from './lib/calendar/business-time';

export type {
  CaseEvaluation,
  CaseEvaluationInput,
  CaseEvent,
  ClockEventType,
  CycleResult,
  CycleStatus,
  EventConflict,
  IgnoredEvent,
  IgnoredEventReason,
  SlaTarget,
  TargetUnit,
} from './lib/clock/clock-types';
export { CLOCK_EVENT_TYPES, DEFAULT_AT_RISK_RATIO, TARGET_UNITS } from './lib/clock/clock-types';
export { evaluateCase, progressInstants } from './lib/clock/evaluate-case';

export type { PeriodInterval } from './lib/figures/periods';
export { periodLabel, periodsBetween } from './lib/figures/periods';
export type { OutcomeCounts, PeriodAdherence } from './lib/figures/adherence';
export { adherenceByPeriod, adherenceOf, poolCounts } from './lib/figures/adherence';
export type { ErrorBudget } from './lib/figures/error-budget';
export { burnRate, errorBudget } from './lib/figures/error-budget';
export type { ExactRatio } from './lib/figures/exact-ratio';
export { ratioFromDecimal } from './lib/figures/exact-ratio';
export type { CsatFigure, SurveyResponse, SurveyScale } from './lib/figures/csat';
export { CSAT_MINIMUM_SAMPLE, csatByPeriod, csatFigure, csatFromCounts, isSatisfied, latestResponses, wilsonInterval } from './lib/figures/csat';

export type { EpochMillis } from './lib/time/zone';
export { isKnownTimeZone } from './lib/time/zone';
export { formatIsoInstant, parseIsoInstant } from './lib/time/iso-instant';
export type { MonthlyValue, ProjectedMonth, Projection, ProjectionInput, ProjectionVerdict } from './lib/figures/projection';
export { PROJECTION_CONFIDENCE, PROJECTION_MINIMUM_MONTHS, monthIndex, monthLabel, projectToTarget, studentT95 } from './lib/figures/projection';
