import { periodLabel } from '@ws/sla-engine';

/** The zone of every rollup day and month (sla-clock.md: Asia/Qatar local dates). */
export const ROLLUP_ZONE = 'Asia/Qatar';

const QUARTER_HOUR_MS = 15 * 60 * 1000;
/** About 2.9 years of quarter hours (a few MiB); past that the cache starts again. */
const MAX_CACHED_QUARTERS = 100_000;
const dayOfQuarter = new Map<number, string>();

/**
 * The Asia/Qatar day (`YYYY-MM-DD`) of an instant, cached per quarter hour for the process. Every UTC
 * offset in use since 1972 is a whole number of quarter hours and events are dated from 2000, so a
 * local day never starts inside a quarter hour: all its instants share the day, and the zone is asked
 * once per quarter hour instead of per instant.
 */
export function rollupDay(instant: number): string {
  const quarter = Math.floor(instant / QUARTER_HOUR_MS);
  let day = dayOfQuarter.get(quarter);
  if (day === undefined) {
    if (dayOfQuarter.size >= MAX_CACHED_QUARTERS) dayOfQuarter.clear();
    day = periodLabel(quarter * QUARTER_HOUR_MS, 'day', ROLLUP_ZONE);
    dayOfQuarter.set(quarter, day);
  }
  return day;
}

/** The Asia/Qatar month of an instant as its first day (`YYYY-MM-01`). */
export const rollupMonth = (instant: number): string => `${rollupDay(instant).slice(0, 7)}-01`;
