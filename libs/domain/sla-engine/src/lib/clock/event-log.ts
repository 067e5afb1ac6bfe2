import { CaseEvent, CLOCK_EVENT_TYPES, EventConflict, IgnoredEvent } from './clock-types';
import { EpochMillis } from '../time/zone';

export interface OrderedEvents {
  /** Known, distinct events in clock order. */
  readonly events: readonly CaseEvent[];
  readonly ignored: readonly IgnoredEvent[];
  readonly conflicts: readonly EventConflict[];
}

/**
 * Keeps the first copy of each eventId (reporting differing copies as conflicts), drops events
 * after `asOf`, and sorts by occurredAt, then type precedence, then eventId.
 */
export function orderEvents(events: readonly CaseEvent[], asOf: EpochMillis): OrderedEvents {
  const firstCopies = new Map<string, CaseEvent>();
  const ignored: IgnoredEvent[] = [];
  const conflicts: EventConflict[] = [];
  for (const event of events) {
    const kept = firstCopies.get(event.eventId);
    if (kept === undefined) firstCopies.set(event.eventId, event);
    else if (kept.type === event.type && kept.occurredAt === event.occurredAt) ignored.push({ event, reason: 'duplicate' });
    else conflicts.push({ eventId: event.eventId, kept, rejected: event });
  }
  const known: CaseEvent[] = [];
  for (const event of firstCopies.values()) {
    if (event.occurredAt > asOf) ignored.push({ event, reason: 'after_as_of' });
    else known.push(event);
  }
  return { events: known.sort(compareEvents), ignored: ignored.sort((a, b) => compareEvents(a.event, b.event)), conflicts };
}

export function compareEvents(a: CaseEvent, b: CaseEvent): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt - b.occurredAt;
  const precedence = precedenceOf(a.type) - precedenceOf(b.type);
  if (precedence !== 0) return precedence;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  if (a.eventId === b.eventId) return 0;
  return a.eventId < b.eventId ? -1 : 1;
}

function precedenceOf(type: string): number {
  const index = (CLOCK_EVENT_TYPES as readonly string[]).indexOf(type);
  return index === -1 ? CLOCK_EVENT_TYPES.length : index;
}
