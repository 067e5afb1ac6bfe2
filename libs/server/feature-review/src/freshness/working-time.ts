import { addDays, qatarDate, qatarMidnight, weekdayOf } from '../scope/qatar-dates';

/** Friday and Saturday: the Qatar government weekend, when feeds are not expected to send. */
const WEEKEND = new Set([5, 6]);
const DAY_MS = 86_400_000;

/**
 * Milliseconds of `[fromMs, toMs)` that fall on working days (Sunday to Thursday, Asia/Qatar),
 * counting whole days: public holidays are not taken out. Stops counting past `capMs`.
 */
export function workingMillisBetween(fromMs: number, toMs: number, capMs: number): number {
  let total = 0;
  let date = qatarDate(fromMs);
  while (total < capMs) {
    const dayStart = qatarMidnight(date);
    if (dayStart >= toMs) break;
    const start = Math.max(dayStart, fromMs);
    const end = Math.min(dayStart + DAY_MS, toMs);
    if (!WEEKEND.has(weekdayOf(date)) && end > start) total += end - start;
    date = addDays(date, 1);
  }
  return total;
}

/** A feed is stale when no batch arrived within the expected interval of working time, or never. */
export function isStale(lastReceivedMs: number | null, nowMs: number, expectedIntervalMs: number): boolean {
  if (lastReceivedMs === null) return true;
  return workingMillisBetween(lastReceivedMs, nowMs, expectedIntervalMs + 1) > expectedIntervalMs;
}
