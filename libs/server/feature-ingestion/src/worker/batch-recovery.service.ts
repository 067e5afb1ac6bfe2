import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobProducer } from '@ws/server-queue';
import { DataSource } from 'typeorm';

export const RECOVERY_INTERVAL_MS = Symbol('RECOVERY_INTERVAL_MS');
/** A batch younger than this is probably still on its way through the queue. */
const GRACE_SECONDS = 10;
const BATCHES_PER_PASS = 1000;

/**
 * Postgres is the record, Redis only moves work: every pass re-enqueues accepted batches that
 * are still unprocessed (Redis restarted or flushed, or the enqueue after commit failed).
 * Re-enqueueing a batch that is in fact queued is harmless: applying is idempotent.
 */
@Injectable()
export class BatchRecovery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BatchRecovery.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
    @Inject(RECOVERY_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runSafely(), this.intervalMs);
    void this.runSafely();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Enqueues every stale unprocessed batch; returns how many. */
  async recover(graceSeconds = GRACE_SECONDS): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM event_batch
       WHERE status <> 'processed' AND received_at < now() - make_interval(secs => $1)
       ORDER BY received_at LIMIT $2`,
      [graceSeconds, BATCHES_PER_PASS],
    );
    for (const { id } of rows) await this.producer.enqueue('apply-batch', { batchId: id }, id);
    return rows.length;
  }

  private async runSafely(): Promise<void> {
    try {
      const count = await this.recover();
      if (count > 0) this.logger.log(`Re-enqueued ${count} unprocessed batch(es) found in Postgres`);
    } catch (error) {
      this.logger.warn(`Recovery pass failed (will retry): ${String(error)}`);
    }
  }
}
