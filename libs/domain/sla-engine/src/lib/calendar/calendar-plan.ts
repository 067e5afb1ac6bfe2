import { civilFromDays, MINUTES_PER_DAY, parseLocalDate, parseLocalTime } from '../time/local-date';
import { CalendarDefinition, isPartialClosure, TimeWindow, WEEKDAYS, WeeklySchedule } from './calendar-types';

/** `[startMinute, endMinute)` after local midnight; the end may be 1440 (24:00). */
export type MinuteRange = readonly [number, number];

/** Windows per weekday index (0 = Sunday). */
export type WeekTemplate = readonly (readonly MinuteRange[])[];

export interface DayRange {
  readonly from: number;
  readonly to: number;
}

/** A calendar definition parsed into numbers: day numbers and minutes. */
export interface CalendarPlan {
  readonly zone: string;
  readonly weekly: WeekTemplate;
  readonly overrides: readonly (DayRange & { readonly weekly: WeekTemplate })[];
  readonly wholeDayClosures: readonly DayRange[];
  readonly partialClosures: ReadonlyMap<number, readonly MinuteRange[]>;
  /** True when the regular template has some window, so open time never runs out. */
  readonly weeklyHasWindows: boolean;
  /** Local year of the earliest date any override or closure mentions; null without any. */
  readonly firstMentionedYear: number | null;
  /** Local years from the first to the last day any override covers; null without overrides. */
  readonly overrideYears: { readonly first: number; readonly last: number } | null;
}

/** Parses a definition that already passed the shape checks. */
export function planCalendar(definition: CalendarDefinition): CalendarPlan {
  const weekly = toTemplate(definition.weekly);
  const overrides = (definition.overrides ?? []).map((override) => ({
    from: toDay(override.from),
    to: toDay(override.to),
    weekly: toTemplate(override.weekly),
  }));
  const wholeDayClosures: DayRange[] = [];
  const partialClosures = new Map<number, MinuteRange[]>();
  for (const closure of definition.closures ?? []) {
    if (isPartialClosure(closure)) {
      const day = toDay(closure.date);
      const ranges = partialClosures.get(day) ?? [];
      ranges.push([toMinutes(closure.start), toMinutes(closure.end)]);
      partialClosures.set(day, ranges);
    } else {
      wholeDayClosures.push({ from: toDay(closure.from), to: toDay(closure.to) });
    }
  }
  return {
    zone: definition.timezone,
    weekly,
    overrides,
    wholeDayClosures,
    partialClosures,
    weeklyHasWindows: weekly.some((windows) => windows.length > 0),
    firstMentionedYear: firstYearOf([...overrides, ...wholeDayClosures].map((range) => range.from).concat([...partialClosures.keys()])),
    overrideYears: overrides.length === 0 ? null : {
      first: civilFromDays(Math.min(...overrides.map((override) => override.from))).year,
      last: civilFromDays(Math.max(...overrides.map((override) => override.to))).year,
    },
  };
}

function firstYearOf(days: readonly number[]): number | null {
  return days.length === 0 ? null : civilFromDays(Math.min(...days)).year;
}

/** The template that applies to a local day: the last override covering it, else the weekly one. */
export function templateFor(plan: CalendarPlan, day: number): WeekTemplate {
  for (let index = plan.overrides.length - 1; index >= 0; index--) {
    const override = plan.overrides[index];
    if (day >= override.from && day <= override.to) return override.weekly;
  }
  return plan.weekly;
}

/** `windows` minus `removed`, both sorted lists of minute ranges. */
export function subtractRanges(windows: readonly MinuteRange[], removed: readonly MinuteRange[]): MinuteRange[] {
  let pieces: MinuteRange[] = [...windows];
  for (const [cutStart, cutEnd] of removed) {
    pieces = pieces.flatMap(([start, end]): MinuteRange[] => {
      if (cutEnd <= start || cutStart >= end) return [[start, end]];
      const kept: MinuteRange[] = [];
      if (cutStart > start) kept.push([start, cutStart]);
      if (cutEnd < end) kept.push([cutEnd, end]);
      return kept;
    });
  }
  return pieces;
}

function toTemplate(schedule: WeeklySchedule): WeekTemplate {
  return WEEKDAYS.map((weekday) => (schedule[weekday] ?? []).map(toMinuteRange));
}

function toMinuteRange(window: TimeWindow): MinuteRange {
  return [toMinutes(window[0]), toMinutes(window[1])];
}

function toMinutes(text: string): number {
  const minutes = parseLocalTime(text);
  if (minutes === null || minutes > MINUTES_PER_DAY) throw new RangeError(`invalid local time ${text}`);
  return minutes;
}

function toDay(text: string): number {
  const day = parseLocalDate(text);
  if (day === null) throw new RangeError(`invalid local date ${text}`);
  return day;
}
