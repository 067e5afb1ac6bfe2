import { ConflictException, NotFoundException } from '@nestjs/common';
import { CalendarDefinition, Closure, isPartialClosure, WholeDayClosure } from '@ws/sla-engine';
import { FieldChecker } from '@ws/server-validation';
import { CalendarView } from './calendars';

const DAY_MS = 86_400_000;

/** What the central office says when it confirms a holiday: the announced first day, if it moved. */
export interface HolidayConfirmation {
  /** First day of the holiday as it stands in the calendar (the path's date). */
  date: string;
  /** First day as announced; equal to `date` when the announcement kept it. */
  confirmedDate: string;
  /** Where the confirmation comes from (e.g. the Amiri Diwan's announcement). */
  source: string;
}

export interface ConfirmedHoliday {
  /** The calendar body to publish as the next version (names, note and definition). */
  body: Record<string, unknown>;
  before: WholeDayClosure;
  after: WholeDayClosure;
}

/** The path's date and the optional body `{date?, source?}`, each checked with its field. */
export function parseHolidayConfirmation(pathDate: string, body: unknown): HolidayConfirmation {
  const path = new FieldChecker({ date: pathDate });
  const date = path.date('date');
  path.done();
  const check = new FieldChecker(body ?? {});
  const confirmedDate = check.raw('date') === undefined ? date : check.date('date');
  const source = check.text('source', 300, true);
  check.done();
  return { date, confirmedDate, source: source || 'confirmed by the central office' };
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The calendar with the provisional whole-day closure starting on `date` confirmed, moved to
 * `confirmedDate` with the same length when the announcement shifted it. 404 when no closure
 * starts that day, 409 when it is already confirmed.
 */
export function confirmHoliday(calendar: CalendarView, confirmation: HolidayConfirmation): ConfirmedHoliday {
  const closures: readonly Closure[] = calendar.definition.closures ?? [];
  const index = closures.findIndex((closure) => !isPartialClosure(closure) && closure.from === confirmation.date);
  const before = closures[index] as WholeDayClosure | undefined;
  if (!before) throw new NotFoundException(`Calendar "${calendar.code}" has no holiday starting on ${confirmation.date}.`);
  if (before.status !== 'provisional') {
    throw new ConflictException({
      message: `The holiday starting on ${confirmation.date} is already confirmed.`,
      errors: [{ field: 'date', rule: 'provisional', message: `date ${confirmation.date} is not a provisional holiday` }],
    });
  }
  const shift = daysBetween(before.from, confirmation.confirmedDate);
  const after: WholeDayClosure = {
    ...before,
    from: confirmation.confirmedDate,
    to: shiftDate(before.to, shift),
    status: 'confirmed',
    source: confirmation.source,
  };
  const definition: CalendarDefinition = {
    ...calendar.definition,
    closures: closures.map((closure, i) => (i === index ? after : closure)),
  };
  const moved = shift === 0 ? '' : ` (moved from ${before.from}..${before.to})`;
  const note = `${before.name ?? 'holiday'} confirmed: ${after.from}..${after.to}${moved}`;
  return { body: { nameAr: calendar.nameAr, nameEn: calendar.nameEn, note, ...definition }, before, after };
}
