import { addOpenMillis, addWorkingDays, openMillis, WORKING_DAY_TOLERANCE, workingDaysBetween } from '../calendar/business-time';
import { CompiledCalendar } from '../calendar/compile-calendar';
import { MS_PER_HOUR, MS_PER_MINUTE } from '../time/local-date';
import { EpochMillis } from '../time/zone';
import { SlaTarget } from './clock-types';

/** The clock a target unit runs on (sla-clock.md §2). */
export interface TargetMeasure {
  /** The target in the measure's own quantity (milliseconds, or working days). */
  readonly target: number;
  /** Float noise allowed when comparing quantities (zero for whole milliseconds). */
  readonly tolerance: number;
  /** The quantity elapsed in `[a, b)`. */
  between(a: EpochMillis, b: EpochMillis): number;
  /** Milliseconds counted as elapsed seconds in `[a, b)`: open time, or wall time for calendar units. */
  millisBetween(a: EpochMillis, b: EpochMillis): number;
  /** The first instant at which `amount` of the quantity has passed since `start`; null if never. */
  reach(start: EpochMillis, amount: number): EpochMillis | null;
}

export function targetMeasure(target: SlaTarget, calendar: CompiledCalendar): TargetMeasure {
  if (!(target.amount > 0 && Number.isFinite(target.amount))) throw new RangeError(`the target amount must be positive, got ${target.amount}`);
  const business = (a: EpochMillis, b: EpochMillis): number => openMillis(calendar, a, b);
  const wall = (a: EpochMillis, b: EpochMillis): number => Math.max(0, b - a);
  switch (target.unit) {
    case 'businessMinutes':
    case 'businessHours':
      return {
        target: Math.round(target.amount * (target.unit === 'businessHours' ? MS_PER_HOUR : MS_PER_MINUTE)),
        tolerance: 0,
        between: business,
        millisBetween: business,
        reach: (start, amount) => addOpenMillis(calendar, start, amount),
      };
    case 'workingDays':
      return {
        target: target.amount,
        tolerance: WORKING_DAY_TOLERANCE,
        between: (a, b) => workingDaysBetween(calendar, a, b),
        millisBetween: business,
        reach: (start, amount) => addWorkingDays(calendar, start, amount),
      };
    case 'calendarMinutes':
    case 'calendarHours':
      return {
        target: Math.round(target.amount * (target.unit === 'calendarHours' ? MS_PER_HOUR : MS_PER_MINUTE)),
        tolerance: 0,
        between: wall,
        millisBetween: wall,
        reach: (start, amount) => start + Math.ceil(amount),
      };
  }
}
