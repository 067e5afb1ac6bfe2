export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';

/** Index 0 is Sunday, as in `weekdayIndex`. */
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A local `[start, end)` window, `"HH:MM"`; `end` may be `"24:00"`. */
export type TimeWindow = readonly [start: string, end: string];

/** A missing weekday is a closed day. */
export type WeeklySchedule = Partial<Record<Weekday, readonly TimeWindow[]>>;

/** On the inclusive local dates `from`..`to`, `weekly` replaces the regular template. */
export interface ScheduleOverride {
  readonly from: string;
  readonly to: string;
  readonly weekly: WeeklySchedule;
}

export type ClosureStatus = 'provisional' | 'confirmed';

/** Descriptive fields of a closure; they never change the arithmetic. */
export interface ClosureLabel {
  readonly name?: string;
  readonly status?: ClosureStatus;
  readonly source?: string;
}

/** Whole local dates `from`..`to` (inclusive) closed: public holidays, Eid. */
export interface WholeDayClosure extends ClosureLabel {
  readonly from: string;
  readonly to: string;
}

/** Local times `start`..`end` of one date closed: a half-day before a holiday. */
export interface PartialClosure extends ClosureLabel {
  readonly date: string;
  readonly start: string;
  readonly end: string;
}

export type Closure = WholeDayClosure | PartialClosure;

export interface CalendarDefinition {
  /** IANA zone name, e.g. `Asia/Qatar`. */
  readonly timezone: string;
  readonly weekly: WeeklySchedule;
  /** Later entries win where overrides overlap. */
  readonly overrides?: readonly ScheduleOverride[];
  readonly closures?: readonly Closure[];
}

export interface CalendarValidationError {
  /** Where the problem is, e.g. `weekly.mon[1]` or `closures[3].to`. */
  readonly path: string;
  /** The rule broken, e.g. `windows must not overlap`. */
  readonly rule: string;
  readonly message: string;
}

export type CalendarValidation =
  | { readonly ok: true; readonly calendar: CalendarDefinition }
  | { readonly ok: false; readonly errors: readonly CalendarValidationError[] };

export function isPartialClosure(closure: Closure): closure is PartialClosure {
  return 'date' in closure;
}
