/** Asia/Qatar is UTC+3 all year (no daylight saving): local dates are UTC dates shifted by 3 hours. */
const QATAR_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

/** The local date (`YYYY-MM-DD`) in Asia/Qatar of an instant. */
export function qatarDate(instantMs: number): string {
  return new Date(instantMs + QATAR_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a local date starts in Asia/Qatar. */
export function qatarMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - QATAR_OFFSET_MS;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday .. 6 = Saturday, of a local date. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
