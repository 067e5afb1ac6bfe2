import { daysFromCivil, MS_PER_DAY, MS_PER_MINUTE, weekdayIndex } from '../time/local-date';
import { EpochMillis, wallToInstant, zoneOffsetMillis } from '../time/zone';
import { CalendarPlan, MinuteRange, subtractRanges, templateFor } from './calendar-plan';

/**
 * The open time of one local year, as sorted disjoint instant intervals with prefix sums.
 * `cumulativeOpen[i]` is the open time of intervals `0..i-1`; `cumulativeDays[i]` the working
 * days they are worth (each interval weighs `1 / scheduleMillis` of a day per millisecond).
 */
export interface YearBlock {
  readonly year: number;
  /** Local midnight of 1 January, as an instant. */
  readonly from: EpochMillis;
  /** Local midnight of the next 1 January. */
  readonly to: EpochMillis;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Length of the schedule (before closures) of the local date each interval belongs to. */
  readonly scheduleMillis: Float64Array;
  readonly cumulativeOpen: Float64Array;
  readonly cumulativeDays: Float64Array;
}

interface OpenInterval {
  readonly start: EpochMillis;
  readonly end: EpochMillis;
  readonly scheduleMillis: number;
}

export function buildYearBlock(plan: CalendarPlan, year: number): YearBlock {
  const firstDay = daysFromCivil(year, 1, 1);
  const nextYearDay = daysFromCivil(year + 1, 1, 1);
  const closedDays = wholeDayClosuresOf(plan, firstDay, nextYearDay);
  const intervals: OpenInterval[] = [];
  for (let day = firstDay; day < nextYearDay; day++) {
    const windows = templateFor(plan, day)[weekdayIndex(day)];
    if (windows.length === 0 || closedDays[day - firstDay] === 1) continue;
    intervals.push(...openIntervalsOfDay(plan, day, windows));
  }
  return toBlock(year, plan, firstDay, nextYearDay, intervals);
}

function openIntervalsOfDay(plan: CalendarPlan, day: number, windows: readonly MinuteRange[]): OpenInterval[] {
  const toInstant = dayConverter(plan.zone, day);
  const scheduleMillis = windows.reduce((sum, [start, end]) => sum + toInstant(end) - toInstant(start), 0);
  const pieces = subtractRanges(windows, plan.partialClosures.get(day) ?? []);
  return pieces
    .map(([start, end]) => ({ start: toInstant(start), end: toInstant(end), scheduleMillis }))
    .filter((interval) => interval.end > interval.start);
}

/** Converts minutes of a local day to instants, with a single offset when no shift is near. */
function dayConverter(zone: string, day: number): (minute: number) => EpochMillis {
  const midnight = day * MS_PER_DAY;
  const offsetBefore = zoneOffsetMillis(zone, midnight - MS_PER_DAY);
  const offsetAfter = zoneOffsetMillis(zone, midnight + 2 * MS_PER_DAY);
  if (offsetBefore === offsetAfter) return (minute) => midnight + minute * MS_PER_MINUTE - offsetBefore;
  return (minute) => wallToInstant(zone, midnight + minute * MS_PER_MINUTE);
}

function wholeDayClosuresOf(plan: CalendarPlan, firstDay: number, nextYearDay: number): Uint8Array {
  const closed = new Uint8Array(nextYearDay - firstDay);
  for (const closure of plan.wholeDayClosures) {
    const from = Math.max(closure.from, firstDay);
    const to = Math.min(closure.to, nextYearDay - 1);
    if (from <= to) closed.fill(1, from - firstDay, to - firstDay + 1);
  }
  return closed;
}

function toBlock(year: number, plan: CalendarPlan, firstDay: number, nextYearDay: number, intervals: readonly OpenInterval[]): YearBlock {
  const count = intervals.length;
  const block: YearBlock = {
    year,
    from: wallToInstant(plan.zone, firstDay * MS_PER_DAY),
    to: wallToInstant(plan.zone, nextYearDay * MS_PER_DAY),
    starts: new Float64Array(count),
    ends: new Float64Array(count),
    scheduleMillis: new Float64Array(count),
    cumulativeOpen: new Float64Array(count + 1),
    cumulativeDays: new Float64Array(count + 1),
  };
  intervals.forEach((interval, index) => {
    const length = interval.end - interval.start;
    block.starts[index] = interval.start;
    block.ends[index] = interval.end;
    block.scheduleMillis[index] = interval.scheduleMillis;
    block.cumulativeOpen[index + 1] = block.cumulativeOpen[index] + length;
    block.cumulativeDays[index + 1] = block.cumulativeDays[index] + length / interval.scheduleMillis;
  });
  return block;
}
