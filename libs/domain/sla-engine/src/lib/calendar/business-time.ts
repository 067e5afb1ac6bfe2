import { EpochMillis } from '../time/zone';
import { CompiledCalendar } from './compile-calendar';
import { YearBlock } from './year-block';

/** What is accumulated over open intervals: milliseconds of open time, or working days. */
type OpenMeasure = 'openMillis' | 'workingDays';

/**
 * Working days are sums of fractions, so they are compared with this tolerance. It is far below
 * the worth of one millisecond of open time (at least 1 / 90,000,000 day), so no decision changes.
 */
export const WORKING_DAY_TOLERANCE = 1e-9;

/** Open time in `[a, b)`, in milliseconds. */
export function openMillis(calendar: CompiledCalendar, a: EpochMillis, b: EpochMillis): number {
  return measureBetween(calendar, a, b, 'openMillis');
}

/** The first instant at which `amount` ms of open time have passed since `start`; null if never. */
export function addOpenMillis(calendar: CompiledCalendar, start: EpochMillis, amount: number): EpochMillis | null {
  return instantReaching(calendar, start, amount, 'openMillis');
}

/** Working days in `[a, b)`: per local date, the passed share of its schedule (before closures). */
export function workingDaysBetween(calendar: CompiledCalendar, a: EpochMillis, b: EpochMillis): number {
  return measureBetween(calendar, a, b, 'workingDays');
}

/** The first instant at which `days` working days have passed since `start`; null if never. */
export function addWorkingDays(calendar: CompiledCalendar, start: EpochMillis, days: number): EpochMillis | null {
  return instantReaching(calendar, start, days, 'workingDays');
}

/** True when the calendar has any open time at all. */
export function hasOpenTime(calendar: CompiledCalendar): boolean {
  return addOpenMillis(calendar, calendar.block(calendar.openYears.first).from, 1) !== null;
}

function measureBetween(calendar: CompiledCalendar, a: EpochMillis, b: EpochMillis, measure: OpenMeasure): number {
  if (!(b > a)) return 0;
  let block = calendar.blockContaining(a);
  let total = measureUpTo(block, Math.min(b, block.to), measure) - measureUpTo(block, a, measure);
  while (b > block.to) {
    block = calendar.block(block.year + 1);
    total += measureUpTo(block, Math.min(b, block.to), measure);
  }
  return total;
}

function instantReaching(calendar: CompiledCalendar, start: EpochMillis, amount: number, measure: OpenMeasure): EpochMillis | null {
  if (amount <= 0) return start;
  const tolerance = measure === 'workingDays' ? WORKING_DAY_TOLERANCE : 0;
  let block = calendar.blockContaining(start);
  let goal = measureUpTo(block, start, measure) + amount;
  for (;;) {
    const total = cumulative(block, measure)[block.starts.length];
    if (total >= goal - tolerance) return instantOfValue(block, goal, measure, tolerance);
    if (block.year + 1 > calendar.openYears.last) return null;
    goal -= total;
    block = calendar.block(block.year + 1);
  }
}

function cumulative(block: YearBlock, measure: OpenMeasure): Float64Array {
  return measure === 'openMillis' ? block.cumulativeOpen : block.cumulativeDays;
}

/** The measure of `[block.from, x)` for `x` inside the block. */
function measureUpTo(block: YearBlock, x: EpochMillis, measure: OpenMeasure): number {
  const index = countEndsAtOrBefore(block.ends, x);
  const base = cumulative(block, measure)[index];
  if (index === block.starts.length || x <= block.starts[index]) return base;
  const inside = x - block.starts[index];
  return base + (measure === 'openMillis' ? inside : inside / block.scheduleMillis[index]);
}

/** The first instant of the block at which the measure since `block.from` reaches `value`. */
function instantOfValue(block: YearBlock, value: number, measure: OpenMeasure, tolerance: number): EpochMillis {
  const sums = cumulative(block, measure);
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sums[middle + 1] >= value - tolerance) high = middle;
    else low = middle + 1;
  }
  const remaining = Math.max(0, value - sums[low]);
  const offset = measure === 'openMillis' ? remaining : remaining * block.scheduleMillis[low];
  // Round up to the whole millisecond, forgiving float noise just above an exact millisecond.
  const instant = block.starts[low] + Math.ceil(offset - 1e-3);
  return Math.min(Math.max(instant, block.starts[low]), block.ends[low]);
}

function countEndsAtOrBefore(ends: Float64Array, x: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ends[middle] <= x) low = middle + 1;
    else high = middle;
  }
  return low;
}
