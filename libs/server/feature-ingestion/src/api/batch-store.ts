import { EntityManager } from 'typeorm';
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
 * Writes a batch in the caller's transaction: the batch row, its new events (an eventId the agency
 * already sent is skipped), conflicts and rejections. Returns how many events were inserted.
 */
export async function storeBatch(manager: EntityManager, batch: BatchToStore): Promise<number> {
  const { batchId, agencyId, sorted } = batch;
  const offered = sorted.firsts.length + sorted.repeats.length;
  await manager.query(
    `INSERT INTO event_batch (id, agency_id, status, accepted, duplicates, rejected, received_at)
     VALUES ($1, $2, 'received', 0, 0, $3, $4)`,
    [batchId, agencyId, sorted.rejected.length, batch.receivedAt],
  );
  const rows: unknown[] = sorted.firsts.length === 0 ? [] : await manager.query(
    `INSERT INTO feed_event (agency_id, event_id, batch_id, type, case_id, service_id, occurred_at, payload)
     SELECT $1, e, $2, t, c, s, o, p
     FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[], $8::jsonb[]) AS x(e, t, c, s, o, p)
     ON CONFLICT (agency_id, event_id) DO NOTHING
     RETURNING event_id`,
    [agencyId, batchId, ...eventColumns(sorted.firsts)],
  );
  const accepted = rows.length;
  if (accepted < offered) await recordConflicts(manager, batchId, agencyId, [...sorted.firsts, ...sorted.repeats]);
  await recordRejections(manager, batch);
  await manager.query(`UPDATE event_batch SET accepted = $2, duplicates = $3 WHERE id = $1`, [batchId, accepted, offered - accepted]);
  return accepted;
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
     SELECT $1, x.e, $2, f.id, x.p
     FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[], $8::jsonb[]) WITH ORDINALITY AS x(e, t, c, s, o, p, n)
     JOIN feed_event f ON f.agency_id = $1 AND f.event_id = x.e
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
