import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY, MS_PER_MINUTE } from './local-date';

/** An instant: milliseconds since the Unix epoch (UTC). */
export type EpochMillis = number;

/** Local wall-clock time expressed as if it were UTC: `dayNumber * MS_PER_DAY + minutes * MS_PER_MINUTE`. */
export type WallMillis = number;

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** UTC offset of `zone` at `instant`, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMillis(zone: string, instant: EpochMillis): number {
  return tzOffset(zone, new Date(instant)) * MS_PER_MINUTE;
}

/**
 * The instant at which the wall clock of `zone` shows `wall`.
 * Follows the "compatible" rule of Temporal: a wall time repeated by a backward shift takes its
 * earlier instant; a wall time skipped by a forward shift is moved forward by the gap.
 */
export function wallToInstant(zone: string, wall: WallMillis): EpochMillis {
  const offsetBefore = zoneOffsetMillis(zone, wall - MS_PER_DAY);
  const offsetAfter = zoneOffsetMillis(zone, wall + MS_PER_DAY);
  if (offsetBefore === offsetAfter) return wall - offsetBefore;
  const earlier = wall - offsetBefore;
  const later = wall - offsetAfter;
  const earlierValid = zoneOffsetMillis(zone, earlier) === offsetBefore;
  const laterValid = zoneOffsetMillis(zone, later) === offsetAfter;
  if (earlierValid && laterValid) return Math.min(earlier, later);
  if (laterValid) return later;
  return earlier;
}

/** The local day number (days since 1970-01-01) of `instant` in `zone`. */
export function localDayOf(zone: string, instant: EpochMillis): number {
  return Math.floor((instant + zoneOffsetMillis(zone, instant)) / MS_PER_DAY);
}
