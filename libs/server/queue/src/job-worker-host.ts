import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { JOB_HANDLERS, JOB_NAMES, JobHandler, JobName, QUEUE_NAMES, QUEUE_OPTIONS, QueueOptions } from './jobs';
import { redisConnectionOptions } from './redis-connection';

export const WORKER_CONCURRENCY = Symbol('WORKER_CONCURRENCY');
/**
 * A job whose worker died (SIGKILL, crash) is taken over once its lock has expired: 10 s, checked
 * every 5 s (BullMQ's defaults are 30 s and 30 s). A live worker renews its locks every 5 s; should
 * it be too slow to, a second run of the job is harmless, since applying a batch is idempotent.
 */
const LOCK_DURATION_MS = 10_000;
const STALLED_CHECK_MS = 5_000;

/** Checks that every job has exactly one handler, then runs one BullMQ worker per queue. */
export function indexHandlers(handlers: JobHandler[]): Map<JobName, JobHandler> {
  const byName = new Map<JobName, JobHandler>();
  for (const handler of handlers) {
    if (byName.has(handler.jobName)) throw new Error(`Two handlers for job "${handler.jobName}"`);
    byName.set(handler.jobName, handler);
  }
  const missing = JOB_NAMES.filter((name) => !byName.has(name));
  if (missing.length > 0) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  return byName;
}

@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly handlers: Map<JobName, JobHandler>;
  private workers: Worker[] = [];

  constructor(
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    @Inject(QUEUE_OPTIONS) private readonly options: QueueOptions,
    @Inject(WORKER_CONCURRENCY) private readonly concurrency: number,
  ) {
    this.handlers = indexHandlers(handlers);
  }

  onApplicationBootstrap(): void {
    this.workers = QUEUE_NAMES.map((queue) => {
      const worker = new Worker(queue, (job: Job) => this.dispatch(job), {
        connection: redisConnectionOptions(this.options.redisUrl),
        prefix: this.options.prefix,
        concurrency: this.concurrency,
        lockDuration: LOCK_DURATION_MS,
        stalledInterval: STALLED_CHECK_MS,
        removeOnComplete: { count: 0 },
        removeOnFail: { count: 0 },
      });
      worker.on('failed', (job, error) =>
        this.logger.warn(`Job ${job?.name} ${job?.id} failed: ${error.message}`),
      );
      worker.on('error', (error) => this.logger.warn(`Queue ${queue}: ${error.message}`));
      return worker;
    });
  }

  private async dispatch(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    await handler.handle(job.data);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
