import type { CaseTimelineCycle } from '@ws/contracts';

export type SegmentKind = 'running' | 'paused' | 'overdue';

/** A stretch of one cycle's life on the time axis, in epoch milliseconds. */
export interface TimelineSegment {
  cycle: number;
  kind: SegmentKind;
  start: number;
  end: number;
}

const ms = (iso: string) => Date.parse(iso);

/** Where a cycle's bar ends: stopped, cancelled, or `now` while it still runs. */
export function cycleEnd(cycle: CaseTimelineCycle, now: number): number {
  const end = cycle.stoppedAt ?? cycle.cancelledAt;
  return end ? ms(end) : Math.max(now, ms(cycle.startedAt));
}

/** Splits `[start, end)` at `at` into the part before and the part after. */
function splitAt(start: number, end: number, at: number | null): [number, number][][] {
  if (at === null || at >= end) return [[[start, end]], []];
  if (at <= start) return [[], [[start, end]]];
  return [[[start, at]], [[at, end]]];
}

/**
 * The segments of a cycle: running time, paused stretches (an open pause lasts to the cycle's
 * end), and the running time after the clock ran out (overdue). Pure; sorted by start.
 */
export function cycleSegments(cycle: CaseTimelineCycle, now: number): TimelineSegment[] {
  const start = ms(cycle.startedAt);
  const end = cycleEnd(cycle, now);
  const breachedAt = cycle.breachedAt ? ms(cycle.breachedAt) : null;
  const pauses = cycle.pauses
    .map((p) => [Math.max(start, ms(p.from)), Math.min(end, p.to ? ms(p.to) : end)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const segments: TimelineSegment[] = [];
  const addRunning = (from: number, to: number) => {
    const [before, after] = splitAt(from, to, breachedAt);
    for (const [a, b] of before)
      segments.push({ cycle: cycle.cycle, kind: 'running', start: a, end: b });
    for (const [a, b] of after)
      segments.push({ cycle: cycle.cycle, kind: 'overdue', start: a, end: b });
  };
  let cursor = start;
  for (const [from, to] of pauses) {
    if (from > cursor) addRunning(cursor, from);
    segments.push({ cycle: cycle.cycle, kind: 'paused', start: Math.max(cursor, from), end: to });
    cursor = Math.max(cursor, to);
  }
  if (end > cursor) addRunning(cursor, end);
  return segments;
}
