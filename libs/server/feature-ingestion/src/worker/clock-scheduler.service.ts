import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { QUEUE_OF_JOB, QUEUE_OPTIONS, QueueOptions, redisConnectionOptions } from '@ws/server-queue';
import { Queue } from 'bullmq';
import { RECOVERY_INTERVAL_MS } from './batch-recovery.service';

export const SWEEP_EVERY_MS = 5000;

/**
 * Keeps the repeatable `sweep-transitions` job scheduled (BullMQ job scheduler). Redis keeps nothing
 * we cannot rebuild: every recovery interval the scheduler is upserted again if it is missing, so a
 * flushed or restarted Redis gets its schedule back.
 */
@Injectable()
export class ClockScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ClockScheduler.name);
  private readonly queue: Queue;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(QUEUE_OPTIONS) options: QueueOptions,
    @Inject(RECOVERY_INTERVAL_MS) private readonly intervalMs: number,
  ) {
    this.queue = new Queue(QUEUE_OF_JOB['sweep-transitions'], {
      connection: redisConnectionOptions(options.redisUrl),
      prefix: options.prefix,
    });
    this.queue.on('error', () => undefined);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.ensure(), this.intervalMs);
    void this.ensure();
  }

  async ensure(): Promise<void> {
    try {
      // Upserting an existing scheduler again would push its next run back: only when it is missing.
      if (await this.queue.getJobScheduler('sweep-transitions')) return;
      await this.queue.upsertJobScheduler(
        'sweep-transitions',
        { every: SWEEP_EVERY_MS },
        { name: 'sweep-transitions', data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
      );
    } catch (error) {
      this.logger.warn(`Could not schedule the transition sweep (will retry): ${String(error)}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.queue.close();
  }
}
