import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { QUEUE_OF_JOB, QUEUE_OPTIONS, QueueOptions, redisConnectionOptions } from '@ws/server-queue';
import { Queue } from 'bullmq';

/** Rollups change with every batch, but a burn rate over days moves slowly: every 10 minutes is enough. */
export const BURN_RATE_EVERY_MS = 600_000;
export const BURN_RATE_RECHECK_MS = Symbol('BURN_RATE_RECHECK_MS');
const JOB = 'burn-rate-alerts';

/**
 * Keeps the repeatable `burn-rate-alerts` job scheduled, as the clock sweep is: upserted at boot
 * and again whenever it is found missing (Redis flushed), never pushed back when present.
 */
@Injectable()
export class BurnRateScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BurnRateScheduler.name);
  private readonly queue: Queue;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(QUEUE_OPTIONS) options: QueueOptions,
    @Inject(BURN_RATE_RECHECK_MS) private readonly recheckMs: number,
  ) {
    this.queue = new Queue(QUEUE_OF_JOB[JOB], { connection: redisConnectionOptions(options.redisUrl), prefix: options.prefix });
    this.queue.on('error', () => undefined);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.ensure(), this.recheckMs);
    void this.ensure();
  }

  async ensure(): Promise<void> {
    try {
      if (await this.queue.getJobScheduler(JOB)) return;
      await this.queue.upsertJobScheduler(JOB, { every: BURN_RATE_EVERY_MS }, { name: JOB, data: {}, opts: { removeOnComplete: true, removeOnFail: true } });
    } catch (error) {
      this.logger.warn(`Could not schedule the burn-rate alerts (will retry): ${String(error)}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.queue.close();
  }
}
