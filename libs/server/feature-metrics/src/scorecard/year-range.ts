import { periodLabel } from '@ws/sla-engine';

/** Today's local date in Asia/Qatar. */
export function qatarToday(now: Date): string {
  return periodLabel(now.getTime(), 'day', 'Asia/Qatar');
}

/** The local dates of `year` up to today: the whole year once it is over. */
export function yearRange(year: number, now: Date): { from: string; to: string } {
  const today = qatarToday(now);
  const end = `${year}-12-31`;
  return { from: `${year}-01-01`, to: today < end && today.startsWith(String(year)) ? today : end };
}
