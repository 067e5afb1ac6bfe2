import { EntityManager } from 'typeorm';
import { arrayLiterals } from '../sql/array-literal';
import { fromEpochMs } from '../sql/epoch-sql';
import { copyInto } from './copy-into';
import { ValidEvent } from '../validation/validate-event';
import { Rejection, SortedBatch } from './batch-sorting';

/** Longest JSON text of a rejected event kept as sent; a longer one is kept as a string of its start. */
export const MAX_RAW_CHARS = 4096;

export interface BatchToStore {
  readonly batchId: string;
  readonly agencyId: number;
  readonly receivedAt: Date;
  readonly sorted: SortedBatch;
}

const eventColumns = (events: readonly ValidEvent[]): unknown[] => [
  events.map((e) => e.eventId),
  events.map((e) => e.type),
  events.map((e) => e.caseId),
  events.map((e) => e.serviceId),
  events.map((e) => new Date(e.occurredAtMs)),
  events.map((e) => JSON.stringify(e.payload)),
];

/**
 * Writes a batch in the caller's transaction: its new events (an eventId the agency already sent is
 * skipped), the batch row with its counts, conflicts and rejections. Returns how many events were inserted.
 *
 * New events are found by inserting their keys into `feed_event_key` (unique per agency and eventId
 * across every month); the events whose key went in are then streamed into `feed_event` with one
 * `COPY`, under the id their key row took.
 */
export async function storeBatch(manager: EntityManager, batch: BatchToStore): Promise<number> {
  const { batchId, agencyId, sorted } = batch;
  const offered = sorted.firsts.length + sorted.repeats.length;
  const fresh = await insertKeys(manager, agencyId, sorted.firsts);
  if (fresh.size > 0) await copyEvents(manager, batch, fresh);
  const accepted = fresh.size;
  await manager.query(
    `INSERT INTO event_batch (id, agency_id, status, accepted, duplicates, rejected, received_at, first_event_pk, last_event_pk, events_from, events_to)
     VALUES ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $10)`,
    [batchId, agencyId, accepted, offered - accepted, sorted.rejected.length, batch.receivedAt, ...storedRanges(sorted.firsts, fresh)],
  );
  if (accepted < offered) await recordConflicts(manager, batchId, agencyId, [...sorted.firsts, ...sorted.repeats]);
  await recordRejections(manager, batch);
  return accepted;
}

/** The first and last id and instant of the events stored (nulls when none was): where the worker finds them. */
function storedRanges(events: readonly ValidEvent[], fresh: ReadonlyMap<string, string>): (number | Date | null)[] {
  if (fresh.size === 0) return [null, null, null, null];
  const ids = [...fresh.values()].map(Number);
  const instants = events.filter((event) => fresh.has(event.eventId)).map((event) => event.occurredAtMs);
  return [Math.min(...ids), Math.max(...ids), new Date(Math.min(...instants)), new Date(Math.max(...instants))];
}

/** The keys of the events not seen before, inserted, with the `feed_event.id` each one took. */
async function insertKeys(manager: EntityManager, agencyId: number, events: readonly ValidEvent[]): Promise<Map<string, string>> {
  if (events.length === 0) return new Map();
  const rows: { event_id: string; event_pk: string }[] = await manager.query(
    `INSERT INTO feed_event_key (agency_id, event_id, event_pk, occurred_at)
     SELECT $1, e, nextval('feed_event_id_seq'), ${fromEpochMs('o')} FROM unnest($2::text[], $3::float8[]) AS x(e, o)
     ON CONFLICT (agency_id, event_id) DO NOTHING
     RETURNING event_id, event_pk`,
    [agencyId, ...arrayLiterals(events.map((e) => e.eventId), events.map((e) => e.occurredAtMs))],
  );
  return new Map(rows.map((row) => [row.event_id, row.event_pk]));
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format: backslash, tab, newline and carriage return escaped. */
function copyField(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] ?? c) : value;
}

/** One line of COPY text per new event, joined once (no array of fields per event). */
async function copyEvents(manager: EntityManager, batch: BatchToStore, fresh: ReadonlyMap<string, string>): Promise<void> {
  const batchColumns = `\t${batch.agencyId}\t`;
  const lines: string[] = [];
  for (const event of batch.sorted.firsts) {
    const id = fresh.get(event.eventId);
    if (id === undefined) continue;
    const occurredAt = new Date(event.occurredAtMs).toISOString();
    lines.push(
      `${id}${batchColumns}${copyField(event.eventId)}\t${batch.batchId}\t${copyField(event.type)}\t${copyField(event.caseId)}\t${event.serviceId}\t${occurredAt}\t${copyField(JSON.stringify(event.payload))}\n`,
    );
  }
  await copyInto(manager, `COPY feed_event (id, agency_id, event_id, batch_id, type, case_id, service_id, occurred_at, payload) FROM STDIN`, lines.join(''));
}

/**
 * A copy of an eventId whose content differs from the kept copy (type, caseId, service, occurredAt
 * instant) is a conflict: the first copy stays, the other is recorded in `event_conflict`, whether
 * the kept copy came in an earlier batch or earlier in this one. A separate statement, so copies
 * committed by a concurrent batch while we waited are seen too. A copy equal to the kept one
 * (the kept one itself included) records nothing.
 */
async function recordConflicts(manager: EntityManager, batchId: string, agencyId: number, copies: readonly ValidEvent[]): Promise<void> {
  await manager.query(
    `INSERT INTO event_conflict (agency_id, event_id, batch_id, kept_event_pk, payload)
     SELECT $1, x.e, $2, k.event_pk, x.p
     FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[], $8::jsonb[]) WITH ORDINALITY AS x(e, t, c, s, o, p, n)
     JOIN feed_event_key k ON k.agency_id = $1 AND k.event_id = x.e
     JOIN feed_event f ON f.id = k.event_pk AND f.occurred_at = k.occurred_at
     WHERE f.type <> x.t OR f.case_id <> x.c OR f.service_id <> x.s OR f.occurred_at <> x.o
     ORDER BY x.n`,
    [agencyId, batchId, ...eventColumns(copies)],
  );
}

/** The event as sent, or (when its JSON is longer than MAX_RAW_CHARS) a JSON string of its start. */
export function rawForStorage(raw: unknown): string {
  const json = JSON.stringify(raw) ?? 'null';
  return json.length <= MAX_RAW_CHARS ? json : JSON.stringify(json.slice(0, MAX_RAW_CHARS));
}

async function recordRejections(manager: EntityManager, batch: BatchToStore): Promise<void> {
  const rejected: readonly Rejection[] = batch.sorted.rejected;
  if (rejected.length === 0) return;
  await manager.query(
    `INSERT INTO event_rejection (agency_id, batch_id, event_index, event_id, errors, raw, received_at)
     SELECT $1, $2, i, e, r, w, $3
     FROM unnest($4::int[], $5::text[], $6::jsonb[], $7::jsonb[]) AS x(i, e, r, w)`,
    [
      batch.agencyId,
      batch.batchId,
      batch.receivedAt,
      rejected.map((r) => r.index),
      rejected.map((r) => r.eventId),
      rejected.map((r) => JSON.stringify(r.errors)),
      rejected.map((r) => rawForStorage(r.raw)),
    ],
  );
}
