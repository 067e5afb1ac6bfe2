import { addDays, qatarDate } from '../scope/qatar-dates';

export interface Quarter {
  /** `2026-Q4` */
  label: string;
  /** First and last local dates (Asia/Qatar), inclusive. */
  from: string;
  to: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A quarter label, or null when it is not one (`2026-Q4`, years 2000-2100). */
export function parseQuarter(label: string): Quarter | null {
  const match = QUARTER.exec(label);
  const year = Number(match?.[1]);
  const quarter = Number(match?.[2]);
  if (!match || year < 2000 || year > 2100) return null;
  const firstMonth = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const nextFrom = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, '0')}-01`;
  return { label, from, to: addDays(nextFrom, -1) };
}

/** The quarter holding an instant, in Asia/Qatar. */
export function quarterOf(instantMs: number): Quarter {
  const date = qatarDate(instantMs);
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  return parseQuarter(`${date.slice(0, 4)}-Q${quarter}`) as Quarter;
}

/** The day burn rates are measured up to: today, or the last day of a past quarter. */
export function burnWindowEnd(quarter: Quarter, nowMs: number): string {
  const today = qatarDate(nowMs);
  return today < quarter.to ? today : quarter.to;
}
