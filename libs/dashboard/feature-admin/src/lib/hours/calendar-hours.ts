import type {
  AdminCalendar,
  CalendarPublishInput,
  HoursWindow,
  Weekday,
  WeeklyHours,
} from '@ws/dashboard-data-access';
import { WEEKDAYS } from '@ws/dashboard-data-access';

/** A day's windows as one line: `07:00-12:00, 16:00-19:00`; '' for a closed day. */
export function windowsText(windows: readonly HoursWindow[] | undefined): string {
  return (windows ?? []).map(([start, end]) => `${start}-${end}`).join(', ');
}

/**
 * The windows typed for a day: pieces separated by commas (Latin or Arabic), each `start-end`.
 * A piece that is not two times joined by a dash is sent as its text, so that the API names it
 * (`weekly.mon[1]: must be a window`); times are not checked here, the API does.
 */
export function parseWindows(text: string): unknown[] {
  return text
    .split(/[,،;]/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .map((piece) => {
      const parts = piece.split(/\s*[-–—]\s*/);
      return parts.length === 2 ? [parts[0], parts[1]] : piece;
    });
}

/** The form's name of a weekday's control: `weekly.sun`, `overrides[0].weekly.sun`. */
export function dayField(prefix: string, day: Weekday): string {
  return `${prefix}weekly.${day}`;
}

/** The path prefix of the override `index`: `overrides[0].`. */
export function overridePrefix(index: number): string {
  return `overrides[${index}].`;
}

function weekFrom(values: (name: string) => string, prefix: string): Record<Weekday, unknown[]> {
  return Object.fromEntries(
    WEEKDAYS.map((day) => [day, parseWindows(values(dayField(prefix, day)))]),
  ) as Record<Weekday, unknown[]>;
}

/**
 * The whole calendar to publish: the typed week and override hours and dates in place of the
 * current ones, then the `added` new overrides (a Ramadan of a year not in the calendar yet, with
 * its typed name), everything else (zone, names, holidays) as it is, from the version shown.
 */
export function hoursInput(
  calendar: AdminCalendar,
  values: (name: string) => string,
  added = 0,
): CalendarPublishInput {
  const kept = calendar.definition.overrides ?? [];
  const existing = kept.map((override, index) => {
    const prefix = overridePrefix(index);
    return {
      ...override,
      from: values(`${prefix}from`),
      to: values(`${prefix}to`),
      weekly: weekFrom(values, prefix),
    };
  });
  const fresh = Array.from({ length: added }, (_, offset) => {
    const prefix = overridePrefix(kept.length + offset);
    const name = values(`${prefix}name`);
    return {
      ...(name ? { name } : {}),
      from: values(`${prefix}from`),
      to: values(`${prefix}to`),
      weekly: weekFrom(values, prefix),
    };
  });
  const overrides = [...existing, ...fresh];
  const note = values('note');
  return {
    nameAr: calendar.nameAr,
    nameEn: calendar.nameEn,
    timezone: calendar.definition.timezone,
    weekly: weekFrom(values, ''),
    overrides,
    closures: calendar.definition.closures ?? [],
    ...(note ? { note } : {}),
    expectedVersion: calendar.version,
  };
}

/** The week of a calendar or an override, each day's windows as text, for the form. */
export function weekText(weekly: WeeklyHours | undefined): Record<Weekday, string> {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, windowsText(weekly?.[day])])) as Record<
    Weekday,
    string
  >;
}
