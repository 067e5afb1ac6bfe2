import { Inject, Injectable, Logger } from '@nestjs/common';
import { BatchAcceptedResponse } from '@ws/contracts';
import { FeedKeyOwner } from '@ws/server-database';
import { JobProducer } from '@ws/server-queue';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MonthPartitions } from '../partitions/month-partitions.service';
import { FeedContext } from '../validation/validate-event';
import { sortBatch } from './batch-sorting';
import { storeBatch } from './batch-store';
import { FeedItem } from './body/feed-items';
import { FEED_LIMITS, FeedLimits } from './feed-limits';

const ENQUEUE_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Validates a batch, makes sure the month partitions of its events exist, commits its valid events
 * (and the record of its rejected ones) in one transaction, then enqueues its id, delayed by
 * FEED_APPLY_DELAY_MS so that the agency's batches of that moment are applied together.
 * The 202 goes out only after the commit; if the enqueue fails, the worker's recovery pass
 * finds the batch in Postgres.
 */
@Injectable()
export class BatchWriter {
  private readonly logger = new Logger(BatchWriter.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
    private readonly partitions: MonthPartitions,
    @Inject(FEED_LIMITS) private readonly limits: FeedLimits,
  ) {}

  async accept(owner: FeedKeyOwner, items: readonly FeedItem[], nowMs: number): Promise<BatchAcceptedResponse> {
    const sorted = sortBatch(items, await this.loadContext(owner.agencyId, nowMs));
    const batchId = randomUUID();
    const batch = { batchId, agencyId: owner.agencyId, receivedAt: new Date(nowMs), sorted };
    await this.partitions.ensureFor(sorted.firsts.map((event) => event.occurredAtMs));
    const accepted = await this.dataSource.transaction((manager) => storeBatch(manager, batch));
    await this.enqueue(batchId);
    return {
      batchId,
      accepted,
      duplicates: sorted.firsts.length + sorted.repeats.length - accepted,
      rejected: sorted.rejected.map(({ index, eventId, errors }) => ({ index, eventId, errors })),
    };
  }

  private async enqueue(batchId: string): Promise<void> {
    try {
      await withTimeout(this.producer.enqueue('apply-batch', { batchId }, batchId, this.limits.applyDelayMs), ENQUEUE_TIMEOUT_MS);
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
