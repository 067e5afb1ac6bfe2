import { CaseTimelinePause } from '@ws/contracts';
import { CaseEvaluation, CLOCK_EVENT_TYPES, formatIsoInstant } from '@ws/sla-engine';

export interface ClockEventRow {
  eventId: string;
  type: string;
  occurredAt: number;
  reason: string | null;
}

const PRECEDENCE = new Map<string, number>(CLOCK_EVENT_TYPES.map((type, index) => [type, index]));
const PAUSE_ENDS = new Set(['case.resumed', 'case.resolved', 'case.closed', 'case.cancelled']);
const CYCLE_STARTS = new Set(['case.opened', 'case.reopened']);

/** Clock order of sla-clock.md §3: `occurredAt`, then the type precedence, then `eventId`. */
function clockOrder(a: ClockEventRow, b: ClockEventRow): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt - b.occurredAt;
  const byType = (PRECEDENCE.get(a.type) ?? 99) - (PRECEDENCE.get(b.type) ?? 99);
  if (byType !== 0) return byType;
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

/**
 * The paused stretches of each cycle, read off the events the engine applied (every event it did
 * not list as ignored): an applied pause runs until the next applied resume, stop or cancellation.
 */
export function pausesByCycle(events: readonly ClockEventRow[], evaluation: CaseEvaluation): Map<number, CaseTimelinePause[]> {
  const ignored = new Set(evaluation.ignoredEvents.map((entry) => entry.event.eventId));
  const applied = events.filter((event) => PRECEDENCE.has(event.type) && !ignored.has(event.eventId)).sort(clockOrder);
  const pauses = new Map<number, CaseTimelinePause[]>();
  let cycle = 0;
  let open: CaseTimelinePause | null = null;
  for (const event of applied) {
    if (CYCLE_STARTS.has(event.type)) cycle += 1;
    if (event.type === 'case.paused') {
      open = { from: formatIsoInstant(event.occurredAt), to: null, reason: event.reason };
      pauses.set(cycle, [...(pauses.get(cycle) ?? []), open]);
    } else if (open && PAUSE_ENDS.has(event.type)) {
      open.to = formatIsoInstant(event.occurredAt);
      open = null;
    }
  }
  return pauses;
}

/** Why the clock did not apply each ignored event, by eventId. */
export function ignoredReasons(evaluation: CaseEvaluation): Map<string, string> {
  return new Map(evaluation.ignoredEvents.map((entry) => [entry.event.eventId, entry.reason]));
}
