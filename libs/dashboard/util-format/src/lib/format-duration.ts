import type { FormatSettings } from './format-settings';
import { NO_VALUE, localeOf } from './format-settings';

const MINUTE_MS = 60_000;
const UNITS = [
  { unit: 'day', ms: 24 * 60 * MINUTE_MS },
  { unit: 'hour', ms: 60 * MINUTE_MS },
  { unit: 'minute', ms: MINUTE_MS },
] as const;

/**
 * A duration in milliseconds as its two largest non-zero units, rounded to the minute:
 * `1 day 4 hrs` / `يوم و٤ ساعات`. Days are 24-hour days: business time is given in
 * hours by the API and stays hours here unless it reaches a whole day.
 * Negative durations (time left passed) keep their sign on the first unit.
 */
export function formatDuration(ms: number | null | undefined, settings: FormatSettings): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    return NO_VALUE;
  }
  const locale = localeOf(settings);
  let rest = Math.round(Math.abs(ms) / MINUTE_MS) * MINUTE_MS;
  const parts: string[] = [];
  for (const { unit, ms: size } of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 && parts.length < 2) {
      parts.push(
        new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(count),
      );
    } else if (parts.length > 0) {
      break; // keep the two largest units together: "1 day 4 hrs", never "1 day 4 mins"
    }
  }
  if (parts.length === 0) {
    parts.push(
      new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(0),
    );
  }
  const text = new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts);
  return ms < 0 ? `-${text}` : text;
}
