import { Logger, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, JobPayloads, QUEUE_OF_JOB, QUEUE_OPTIONS, QueueOptions } from './jobs';
import { redisConnectionOptions } from './redis-connection';

/** Jobs that take no payload can run on a schedule. */
type RepeatableJobName = { [N in JobName]: JobPayloads[N] extends Record<string, never> ? N : never }[JobName];

export interface RepeatableJobSchedule {
  job: RepeatableJobName;
  /** How often the job runs. */
  everyMs: number;
  /** How often the schedule itself is checked (and put back if Redis lost it). */
  recheckMs: number;
  /** For the log, e.g. "the transition sweep". */
  description: string;
}

/**
 * Keeps one repeatable job scheduled (a BullMQ job scheduler). Redis keeps nothing we cannot
 * rebuild: the scheduler is upserted at start and again whenever it is found missing (a flushed or
 * restarted Redis), and never upserted while present, which would push its next run back.
 */
export class RepeatableJobKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RepeatableJobKeeper.name);
  private readonly queue: Queue;
  private timer?: NodeJS.Timeout;

  constructor(
    options: QueueOptions,
    private readonly schedule: RepeatableJobSchedule,
  ) {
    this.queue = new Queue(QUEUE_OF_JOB[schedule.job], {
      connection: redisConnectionOptions(options.redisUrl),
      prefix: options.prefix,
    });
    this.queue.on('error', () => undefined);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.ensure(), this.schedule.recheckMs);
    void this.ensure();
  }

  async ensure(): Promise<void> {
    const { job, everyMs, description } = this.schedule;
    try {
      if (await this.queue.getJobScheduler(job)) return;
      await this.queue.upsertJobScheduler(
        job,
        { every: everyMs },
        { name: job, data: {}, opts: { removeOnComplete: true, removeOnFail: true } },
      );
    } catch (error) {
      this.logger.warn(`Could not schedule ${description} (will retry): ${String(error)}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.queue.close();
  }
}

/** A Nest provider (under `token`) that keeps `schedule` running for the life of the application. */
export function repeatableJobProvider(token: symbol, schedule: RepeatableJobSchedule): Provider {
  return { provide: token, inject: [QUEUE_OPTIONS], useFactory: (options: QueueOptions) => new RepeatableJobKeeper(options, schedule) };
}
