import type { FormatSettings } from './format-settings';
import { localeOf } from './format-settings';

/** Figures are dated in Qatar's local time, whatever the browser's time zone. */
export const QATAR_TIME_ZONE = 'Asia/Qatar';

/**
 * - `day`: 3 May / ٣ مايو
 * - `date`: 3 May 2026
 * - `long`: Sun, 3 May 2026
 * - `month`: May 2026 (for `YYYY-MM` periods)
 * - `year`: 2026 (in the chosen digits)
 * - `dateTime`: 3 May 2026, 14:05 (Qatar time)
 */
export type DateStyle = 'day' | 'date' | 'long' | 'month' | 'year' | 'dateTime';

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short' },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
  dateTime: {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
};

const LOCAL_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/**
 * Parses what the API sends: a local date `YYYY-MM-DD`, a month `YYYY-MM` (both Qatar calendar
 * days, read as such), or an ISO instant (`2026-05-03T11:05:00Z`, shown in Qatar time).
 */
function parse(value: string): { date: Date; timeZone: string } | null {
  if (LOCAL_DATE.test(value)) {
    const date = new Date(`${value.length === 7 ? `${value}-01` : value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? null : { date, timeZone: 'UTC' };
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, timeZone: QATAR_TIME_ZONE };
}

/** A date, month or instant for the locale; an unparseable value is returned as it came. */
export function formatDate(value: string, settings: FormatSettings, style: DateStyle = 'date'): string {
  const parsed = parse(value);
  if (!parsed) {
    return value;
  }
  return new Intl.DateTimeFormat(localeOf(settings), {
    ...STYLES[style],
    timeZone: parsed.timeZone,
  }).format(parsed.date);
}
