import { civilFromDays, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, MS_PER_DAY } from '../time/local-date';
import { EpochMillis } from '../time/zone';
import { checkCalendarShape } from './calendar-shape';
import { CalendarDefinition, CalendarValidationError } from './calendar-types';
import { CalendarPlan, planCalendar } from './calendar-plan';
import { ValidationReport } from './validation-rules';
import { buildYearBlock, YearBlock } from './year-block';

/**
 * A calendar ready for fast arithmetic: open intervals are built once per local year, on first
 * use, with closures already removed and prefix sums of open time.
 */
export interface CompiledCalendar {
  readonly definition: CalendarDefinition;
  readonly timezone: string;
  /** The year block holding `instant` (blocks partition the time line). */
  blockContaining(instant: EpochMillis): YearBlock;
  /** The block of `year`. */
  block(year: number): YearBlock;
  /** Local years outside `first..last` have no open time (searches stop there). */
  readonly openYears: { readonly first: number; readonly last: number };
}

export class InvalidCalendarError extends Error {
  constructor(readonly errors: readonly CalendarValidationError[]) {
    super(`invalid calendar: ${errors.map((error) => error.message).join('; ')}`);
    this.name = 'InvalidCalendarError';
  }
}

/** Compiles a calendar; throws `InvalidCalendarError` when its shape is wrong. */
export function compileCalendar(definition: CalendarDefinition): CompiledCalendar {
  const report = new ValidationReport();
  checkCalendarShape(definition, report);
  if (report.errors.length > 0) throw new InvalidCalendarError(report.errors);
  return compileValidCalendar(definition);
}

/** Compiles a definition known to pass the shape checks. */
export function compileValidCalendar(definition: CalendarDefinition): CompiledCalendar {
  const plan = planCalendar(definition);
  const blocks = new Map<number, YearBlock>();
  const block = (year: number): YearBlock => {
    let found = blocks.get(year);
    if (found === undefined) {
      found = buildYearBlock(plan, year);
      blocks.set(year, found);
    }
    return found;
  };
  return {
    definition,
    timezone: plan.zone,
    block,
    blockContaining(instant) {
      let candidate = block(civilFromDays(Math.floor(instant / MS_PER_DAY)).year);
      while (instant < candidate.from) candidate = block(candidate.year - 1);
      while (instant >= candidate.to) candidate = block(candidate.year + 1);
      return candidate;
    },
    openYears: openYearsOf(plan),
  };
}

function openYearsOf(plan: CalendarPlan): { first: number; last: number } {
  if (plan.weeklyHasWindows) {
    // Before the first date any override or closure mentions, the weekly template alone applies.
    const first = plan.firstMentionedYear === null ? FIRST_SUPPORTED_YEAR : Math.max(FIRST_SUPPORTED_YEAR, plan.firstMentionedYear - 1);
    return { first, last: LAST_SUPPORTED_YEAR + 1 };
  }
  return plan.overrideYears ?? { first: FIRST_SUPPORTED_YEAR, last: FIRST_SUPPORTED_YEAR - 1 };
}
