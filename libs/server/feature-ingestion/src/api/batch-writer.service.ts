import { Injectable, Logger } from '@nestjs/common';
import { BatchAcceptedResponse, RejectedEvent } from '@ws/contracts';
import { FeedKeyOwner } from '@ws/server-database';
import { JobProducer } from '@ws/server-queue';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { FeedContext, ValidEvent, validateFeedEvent } from '../validation/validate-event';

const ENQUEUE_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Validates a batch, commits its valid events in one transaction, then enqueues its id.
 * The 202 goes out only after the commit; if the enqueue fails, the worker's recovery pass
 * finds the batch in Postgres.
 */
@Injectable()
export class BatchWriter {
  private readonly logger = new Logger(BatchWriter.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
  ) {}

  async accept(owner: FeedKeyOwner, rawEvents: unknown[], nowMs: number): Promise<BatchAcceptedResponse> {
    const context = await this.loadContext(owner.agencyId, nowMs);
    const rejected: RejectedEvent[] = [];
    const valid = new Map<string, ValidEvent>();
    let duplicates = 0;
    rawEvents.forEach((raw, index) => {
      const result = validateFeedEvent(raw, context);
      if (!result.ok) rejected.push({ index, eventId: result.eventId, errors: result.errors });
      else if (valid.has(result.event.eventId)) duplicates += 1;
      else valid.set(result.event.eventId, result.event);
    });
    const batchId = randomUUID();
    const inserted = await this.dataSource.transaction((manager) =>
      this.store(manager, batchId, owner.agencyId, [...valid.values()], { nowMs, rejected: rejected.length, duplicates }),
    );
    await this.enqueue(batchId);
    return { batchId, accepted: inserted, duplicates: duplicates + valid.size - inserted, rejected };
  }

  private async store(
    manager: EntityManager,
    batchId: string,
    agencyId: number,
    events: ValidEvent[],
    counts: { nowMs: number; rejected: number; duplicates: number },
  ): Promise<number> {
    await manager.query(
      `INSERT INTO event_batch (id, agency_id, status, accepted, duplicates, rejected, received_at)
       VALUES ($1, $2, 'received', 0, 0, $3, $4)`,
      [batchId, agencyId, counts.rejected, new Date(counts.nowMs)],
    );
    const rows: unknown[] = events.length === 0 ? [] : await manager.query(
      `INSERT INTO feed_event (agency_id, event_id, batch_id, type, case_id, service_id, occurred_at, payload)
       SELECT $1, e, $2, t, c, s, o, p
       FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[], $8::jsonb[]) AS x(e, t, c, s, o, p)
       ON CONFLICT (agency_id, event_id) DO NOTHING
       RETURNING event_id`,
      [
        agencyId,
        batchId,
        events.map((e) => e.eventId),
        events.map((e) => e.type),
        events.map((e) => e.caseId),
        events.map((e) => e.serviceId),
        events.map((e) => new Date(e.occurredAtMs)),
        events.map((e) => JSON.stringify(e.payload)),
      ],
    );
    const accepted = rows.length;
    if (accepted < events.length) await this.recordConflicts(manager, batchId, agencyId, events);
    await manager.query(`UPDATE event_batch SET accepted = $2, duplicates = $3 WHERE id = $1`, [
      batchId,
      accepted,
      counts.duplicates + events.length - accepted,
    ]);
    return accepted;
  }

  /**
   * A repeated eventId whose content differs from the kept copy (type, caseId, service, occurredAt
   * instant) is a conflict: the first copy stays, the other is recorded in `event_conflict`. A
   * separate statement, so copies committed by a concurrent batch while we waited are seen too.
   */
  private async recordConflicts(manager: EntityManager, batchId: string, agencyId: number, events: ValidEvent[]): Promise<void> {
    await manager.query(
      `INSERT INTO event_conflict (agency_id, event_id, batch_id, kept_event_pk, payload)
       SELECT $1, x.e, $2, f.id, x.p
       FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[], $8::jsonb[]) AS x(e, t, c, s, o, p)
       JOIN feed_event f ON f.agency_id = $1 AND f.event_id = x.e
       WHERE f.batch_id <> $2 AND (f.type <> x.t OR f.case_id <> x.c OR f.service_id <> x.s OR f.occurred_at <> x.o)`,
      [
        agencyId,
        batchId,
        events.map((e) => e.eventId),
        events.map((e) => e.type),
        events.map((e) => e.caseId),
        events.map((e) => e.serviceId),
        events.map((e) => new Date(e.occurredAtMs)),
        events.map((e) => JSON.stringify(e.payload)),
      ],
    );
  }

  private async enqueue(batchId: string): Promise<void> {
    try {
      await withTimeout(this.producer.enqueue('apply-batch', { batchId }, batchId), ENQUEUE_TIMEOUT_MS);
    } catch (error) {
      this.logger.warn(`Batch ${batchId} is stored but not queued (recovery will queue it): ${String(error)}`);
    }
  }

  private async loadContext(agencyId: number, nowMs: number): Promise<FeedContext> {
    const services: { id: number; code: string }[] = await this.dataSource.query(
      `SELECT id, code FROM service WHERE agency_id = $1 AND active`,
      [agencyId],
    );
    const agencies: { code: string }[] = await this.dataSource.query(`SELECT code FROM agency`);
    return {
      serviceIdByCode: new Map(services.map((s) => [s.code, s.id])),
      agencyCodes: new Set(agencies.map((a) => a.code)),
      nowMs,
    };
  }
}
