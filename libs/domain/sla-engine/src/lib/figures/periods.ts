import { civilFromDays, daysFromCivil, formatLocalDate, parseLocalDate, pad, weekdayIndex } from '../time/local-date';
import { EpochMillis, localDayOf } from '../time/zone';

/** Reporting windows; weeks run Sunday to Saturday and are labelled by their Sunday. */
export type PeriodInterval = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The label of the window holding `instant` in `zone`: `2026-01-31`, `2026-01-25`, `2026-01`, `2026-Q1`, `2026`. */
export function periodLabel(instant: EpochMillis, interval: PeriodInterval, zone: string): string {
  return labelOfDay(localDayOf(zone, instant), interval);
}

/** Every window label touching the inclusive local dates `fromDate`..`toDate`, in order. */
export function periodsBetween(fromDate: string, toDate: string, interval: PeriodInterval): string[] {
  const from = parseLocalDate(fromDate);
  const to = parseLocalDate(toDate);
  if (from === null || to === null) throw new RangeError(`invalid local dates ${fromDate}..${toDate}`);
  const labels: string[] = [];
  for (let day = periodStart(from, interval); day <= to; day = nextPeriodStart(day, interval)) {
    labels.push(labelOfDay(day, interval));
  }
  return labels;
}

function labelOfDay(day: number, interval: PeriodInterval): string {
  const { year, month } = civilFromDays(day);
  switch (interval) {
    case 'day':
      return formatLocalDate(day);
    case 'week':
      return formatLocalDate(day - weekdayIndex(day));
    case 'month':
      return `${pad(year, 4)}-${pad(month, 2)}`;
    case 'quarter':
      return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
    case 'year':
      return pad(year, 4);
  }
}

function periodStart(day: number, interval: PeriodInterval): number {
  const { year, month } = civilFromDays(day);
  switch (interval) {
    case 'day':
      return day;
    case 'week':
      return day - weekdayIndex(day);
    case 'month':
      return daysFromCivil(year, month, 1);
    case 'quarter':
      return daysFromCivil(year, month - ((month - 1) % 3), 1);
    case 'year':
      return daysFromCivil(year, 1, 1);
  }
}

function nextPeriodStart(start: number, interval: PeriodInterval): number {
  const { year, month } = civilFromDays(start);
  const addMonths = (count: number): number => daysFromCivil(year + Math.floor((month - 1 + count) / 12), ((month - 1 + count) % 12) + 1, 1);
  switch (interval) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
      return addMonths(1);
    case 'quarter':
      return addMonths(3);
    case 'year':
      return daysFromCivil(year + 1, 1, 1);
  }
}
