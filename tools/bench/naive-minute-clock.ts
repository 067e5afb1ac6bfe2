/**
 * A deliberately naive SLA clock, written only to measure the engine against: it walks the case
 * minute by minute, asking the time zone and scanning overrides and closures at every minute.
 * Supports the benchmark's timelines (events on whole minutes, no duplicate eventIds).
 */
import { tzOffset } from '@date-fns/tz';
import { CalendarDefinition, CaseEvent, CLOCK_EVENT_TYPES, CycleStatus, isPartialClosure, SlaTarget, WEEKDAYS } from '@ws/sla-engine';

const MINUTE = 60_000;
const DAY = 86_400_000;
const SEARCH_LIMIT_MINUTES = 2 * 366 * 24 * 60;

export interface NaiveCycle {
  status: CycleStatus;
  elapsedSeconds: number;
  dueAt: number | null;
  breachedAt: number | null;
}

interface LocalMinute {
  date: string;
  weekday: number;
  minuteOfDay: number;
}

function localMinute(zone: string, instant: number): LocalMinute {
  const local = instant + tzOffset(zone, new Date(instant)) * MINUTE;
  const day = Math.floor(local / DAY);
  return { date: new Date(day * DAY).toISOString().slice(0, 10), weekday: (day + 4) % 7, minuteOfDay: Math.floor((local - day * DAY) / MINUTE) };
}

const toMinutes = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));

function windowsOf(calendar: CalendarDefinition, local: LocalMinute): [number, number][] {
  let weekly = calendar.weekly;
  for (const override of calendar.overrides ?? []) if (override.from <= local.date && local.date <= override.to) weekly = override.weekly;
  return (weekly[WEEKDAYS[local.weekday]] ?? []).map(([start, end]) => [toMinutes(start), toMinutes(end)]);
}

/** How much of the target this minute is worth when the clock runs through it (0 when closed). */
function minuteWorth(calendar: CalendarDefinition, target: SlaTarget, instant: number): number {
  if (target.unit === 'calendarMinutes' || target.unit === 'calendarHours') return 1;
  const local = localMinute(calendar.timezone, instant);
  const windows = windowsOf(calendar, local);
  const inWindow = windows.some(([start, end]) => local.minuteOfDay >= start && local.minuteOfDay < end);
  const closed = (calendar.closures ?? []).some((closure) =>
    isPartialClosure(closure)
      ? closure.date === local.date && local.minuteOfDay >= toMinutes(closure.start) && local.minuteOfDay < toMinutes(closure.end)
      : closure.from <= local.date && local.date <= closure.to,
  );
  if (!inWindow || closed) return 0;
  if (target.unit !== 'workingDays') return 1;
  return 1 / windows.reduce((sum, [start, end]) => sum + end - start, 0);
}

function targetInMinutes(target: SlaTarget): number {
  return target.unit === 'workingDays' ? target.amount : target.unit.endsWith('Hours') ? target.amount * 60 : target.amount;
}

const precedence = (type: string): number => (CLOCK_EVENT_TYPES as readonly string[]).indexOf(type);

interface NaiveState {
  elapsed: number;
  elapsedSeconds: number;
  reachedAt: number | null;
  exceeded: boolean;
  end: 'open' | 'stopped' | 'cancelled';
}

export function naiveEvaluate(calendar: CalendarDefinition, target: SlaTarget, events: readonly CaseEvent[], asOf: number): NaiveCycle[] {
  const ordered = events
    .filter((event) => event.occurredAt <= asOf)
    .sort((a, b) => a.occurredAt - b.occurredAt || precedence(a.type) - precedence(b.type) || (a.eventId < b.eventId ? -1 : 1));
  const goal = { amount: targetInMinutes(target), tolerance: target.unit === 'workingDays' ? 1e-9 : 0 };
  const cycles: NaiveState[] = [];
  let state = 'none';
  let next = 0;
  const first = ordered.find((event) => event.type === 'case.opened');
  if (first === undefined) return [];
  for (let instant = first.occurredAt; instant <= asOf; instant += MINUTE) {
    for (; next < ordered.length && ordered[next].occurredAt <= instant; next++) {
      const type = ordered[next].type;
      const live = state === 'running' || state === 'paused';
      if ((type === 'case.opened' && state === 'none') || (type === 'case.reopened' && state === 'stopped')) {
        cycles.push({ elapsed: 0, elapsedSeconds: 0, reachedAt: null, exceeded: false, end: 'open' });
        state = 'running';
      } else if (type === 'case.paused' && state === 'running') state = 'paused';
      else if (type === 'case.resumed' && state === 'paused') state = 'running';
      else if ((type === 'case.resolved' || type === 'case.closed') && live) state = 'stopped';
      else if (type === 'case.cancelled' && live) state = 'cancelled';
      if (state === 'stopped' || state === 'cancelled') cycles[cycles.length - 1].end = state;
    }
    if (state === 'running' && instant < asOf) accumulate(cycles[cycles.length - 1], minuteWorth(calendar, target, instant), instant, goal);
  }
  return cycles.map((cycle, index) => {
    const running = index === cycles.length - 1 && state === 'running';
    let status: CycleStatus = cycle.exceeded ? 'breached_open' : state === 'paused' ? 'paused' : 'running';
    if (cycle.end === 'cancelled') status = 'cancelled';
    else if (cycle.end === 'stopped') status = cycle.exceeded ? 'breached' : 'met';
    return {
      status,
      elapsedSeconds: cycle.elapsedSeconds,
      dueAt: running ? projectDue(calendar, target, { ...cycle }, asOf, goal) : null,
      breachedAt: cycle.exceeded && status !== 'cancelled' ? cycle.reachedAt : null,
    };
  });
}

function accumulate(cycle: NaiveState, worth: number, instant: number, goal: { amount: number; tolerance: number }): void {
  if (worth === 0) return;
  cycle.elapsed += worth;
  cycle.elapsedSeconds += 60;
  if (cycle.reachedAt === null && cycle.elapsed >= goal.amount - goal.tolerance) cycle.reachedAt = instant + MINUTE;
  if (cycle.elapsed - goal.amount > goal.tolerance) cycle.exceeded = true;
}

function projectDue(calendar: CalendarDefinition, target: SlaTarget, cycle: NaiveState, asOf: number, goal: { amount: number; tolerance: number }): number | null {
  for (let minute = 0; minute < SEARCH_LIMIT_MINUTES && cycle.reachedAt === null; minute++) {
    accumulate(cycle, minuteWorth(calendar, target, asOf + minute * MINUTE), asOf + minute * MINUTE, goal);
  }
  return cycle.reachedAt;
}
