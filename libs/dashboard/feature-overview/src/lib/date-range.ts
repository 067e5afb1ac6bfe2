import { InjectionToken } from '@angular/core';
import type { DateRange } from '@ws/dashboard-data-access';

/** Current time, injectable so pages can be tested on a fixed clock. */
export const CLOCK = new InjectionToken<() => Date>('CLOCK', {
  providedIn: 'root',
  factory: () => () => new Date(),
});

export const DEFAULT_RANGE_DAYS = 30;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const QATAR_OFFSET_MS = 3 * 60 * 60 * 1000; // Asia/Qatar is UTC+3 all year (no DST)

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The local date in Qatar at `now`, `YYYY-MM-DD`. */
export function qatarToday(now: Date): string {
  return new Date(now.getTime() + QATAR_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last `days` days in Qatar, today included. */
export function lastDays(now: Date, days = DEFAULT_RANGE_DAYS): DateRange {
  const to = qatarToday(now);
  return { from: addDays(to, -(days - 1)), to };
}

export type RangeFromParams =
  | { kind: 'valid'; range: DateRange; isDefault: boolean }
  | { kind: 'reversed'; range: DateRange };

/**
 * The range asked for by the URL's `from`/`to`. Missing or malformed dates fall back to the
 * default (last 30 days, or 30 days ending at a valid `to`); a start after the end is reported
 * so the page can say so instead of silently swapping.
 */
export function rangeFromParams(
  from: string | null,
  to: string | null,
  now: Date,
): RangeFromParams {
  const fallback = lastDays(now);
  const end = isIsoDate(to) ? to : fallback.to;
  const start = isIsoDate(from) ? from : addDays(end, -(DEFAULT_RANGE_DAYS - 1));
  const range = { from: start, to: end };
  if (start > end) {
    return { kind: 'reversed', range };
  }
  return { kind: 'valid', range, isDefault: !isIsoDate(from) || !isIsoDate(to) };
}
