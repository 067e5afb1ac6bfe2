import { arrayLiterals } from '../sql/array-literal';
import { EntityManager } from 'typeorm';
import { epochMs, fromEpochMs, rangeArrays } from '../sql/epoch-sql';
import { EventRange, LockedCase, StoredEvent } from './case-types';

/** What the fold reads of a `feed_event` row (`f`): the payload only for `channel`, `requestingAgency` and `survey`. */
export const EVENT_COLUMNS = `f.event_id, f.type, f.service_id, ${epochMs('f.occurred_at')} AS occurred_at,
  f.payload->'channel' AS channel, f.payload->'requestingAgency' AS requesting, f.payload->'survey' AS survey`;

export interface EventRow {
  event_id: string;
  type: string;
  service_id: number;
  occurred_at: number;
  channel: unknown;
  requesting: unknown;
  survey: unknown;
}

export const toStoredEvent = (row: EventRow): StoredEvent => ({
  eventId: row.event_id,
  type: row.type,
  serviceId: row.service_id,
  occurredAt: row.occurred_at,
  payload: { channel: row.channel, requestingAgency: row.requesting, survey: row.survey },
});

/** The first and last instant of the events (null: none). */
export function eventRangeOf(events: readonly StoredEvent[]): EventRange | null {
  if (events.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const { occurredAt } of events) {
    if (occurredAt < from) from = occurredAt;
    if (occurredAt > to) to = occurredAt;
  }
  return { from, to };
}

/**
 * Every event of the given cases, by case pk: a case's `knownEvents` when it has them (a new case of
 * the batches being applied), else read in one query for all the others, with only the payload
 * fields the fold reads (the rest of each stored event is never parsed). Each case is read from the
 * month partitions of its event range only (run-time partition pruning).
 */
export async function loadEvents(manager: EntityManager, cases: readonly LockedCase[]): Promise<Map<string, StoredEvent[]>> {
  const byCase = new Map<string, StoredEvent[]>();
  const unknown: LockedCase[] = [];
  for (const locked of cases) {
    if (locked.knownEvents) byCase.set(locked.pk, [...locked.knownEvents]);
    else unknown.push(locked);
  }
  if (unknown.length === 0) return byCase;
  const rows: (EventRow & { pk: string })[] = await manager.query(
    `SELECT k.pk, ${EVENT_COLUMNS}
     FROM unnest($1::bigint[], $2::int[], $3::text[], $4::float8[], $5::float8[]) AS k(pk, agency_id, case_id, lo, hi)
     JOIN feed_event f ON f.agency_id = k.agency_id AND f.case_id = k.case_id AND f.occurred_at BETWEEN ${fromEpochMs('k.lo')} AND ${fromEpochMs('k.hi')}`,
    arrayLiterals(unknown.map((entry) => entry.pk), unknown.map((entry) => entry.agencyId), unknown.map((entry) => entry.caseId), ...rangeArrays(unknown.map((entry) => entry.eventRange))),
  );
  for (const row of rows) {
    const event = toStoredEvent(row);
    const list = byCase.get(row.pk);
    if (list) list.push(event);
    else byCase.set(row.pk, [event]);
  }
  return byCase;
}
