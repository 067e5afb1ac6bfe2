import { CalendarDefinition, CalendarValidation } from './calendar-types';
import { hasOpenTime } from './business-time';
import { compileValidCalendar } from './compile-calendar';
import { checkCalendarShape } from './calendar-shape';
import { ValidationReport } from './validation-rules';

/**
 * Checks an untrusted calendar (from a file, a request or the database) against sla-clock.md §1,
 * including the rule that a calendar with no open time at all is invalid.
 */
export function validateCalendar(input: unknown): CalendarValidation {
  const report = new ValidationReport();
  checkCalendarShape(input, report);
  if (report.errors.length > 0) return { ok: false, errors: report.errors };
  const calendar = input as CalendarDefinition;
  if (!hasOpenTime(compileValidCalendar(calendar))) {
    report.add('weekly', 'must have open time', 'the calendar has no open time at all (every window is empty or closed)');
    return { ok: false, errors: report.errors };
  }
  return { ok: true, calendar };
}
