import { civilFromDays, daysFromCivil, daysInMonth, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, pad } from './local-date';
import { EpochMillis } from './zone';

const ISO_INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses an ISO-8601 instant that carries its offset (`Z` or `+03:00`); a local time without an
 * offset is ambiguous and rejected (null). Digits below the millisecond are truncated.
 */
export function parseIsoInstant(text: string): EpochMillis | null {
  const match = ISO_INSTANT_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((index) => Number(match[index]));
  const second = Number(match[6] ?? '0');
  const millis = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offsetHours = Number(match[10] ?? '0');
  const offsetMinutes = Number(match[11] ?? '0');
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const offsetSign = match[9] === '-' ? -1 : 1;
  const wall = daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + millis;
  return wall - offsetSign * (offsetHours * MS_PER_HOUR + offsetMinutes * MS_PER_MINUTE);
}

/** `2026-01-04T07:00:00.000Z` */
export function formatIsoInstant(instant: EpochMillis): string {
  const dayNumber = Math.floor(instant / MS_PER_DAY);
  const { year, month, day } = civilFromDays(dayNumber);
  const inDay = instant - dayNumber * MS_PER_DAY;
  const hours = Math.floor(inDay / MS_PER_HOUR);
  const minutes = Math.floor((inDay % MS_PER_HOUR) / MS_PER_MINUTE);
  const seconds = Math.floor((inDay % MS_PER_MINUTE) / 1000);
  const millis = inDay % 1000;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}Z`;
}
