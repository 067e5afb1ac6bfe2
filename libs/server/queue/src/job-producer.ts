import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { JobName, JobPayloads, QUEUE_NAMES, QUEUE_OF_JOB, QUEUE_OPTIONS, QueueName, QueueOptions } from './jobs';
import { redisConnectionOptions } from './redis-connection';

/**
 * The one way to enqueue. Finished jobs are removed at once (Postgres holds the record), and a
 * job id, when given, makes a repeated enqueue of the same work a no-op while it is queued.
 */
@Injectable()
export class JobProducer implements OnApplicationShutdown {
  private readonly logger = new Logger(JobProducer.name);
  private readonly queues: Map<QueueName, Queue>;
  /** A separate connection that fails fast, for health checks. */
  private readonly probe: IORedis;

  constructor(@Inject(QUEUE_OPTIONS) options: QueueOptions) {
    this.probe = new IORedis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.probe.on('error', () => undefined);
    this.queues = new Map(
      QUEUE_NAMES.map((name) => [
        name,
        this.watch(new Queue(name, {
          connection: redisConnectionOptions(options.redisUrl),
          prefix: options.prefix,
          defaultJobOptions: {
            removeOnComplete: true,
            removeOnFail: true,
            attempts: 5,
            backoff: { type: 'exponential', delay: 1000 },
          },
        })),
      ]),
    );
  }

  /** Redis being away is expected (restarts): warn once, not at every reconnection attempt. */
  private watch(queue: Queue): Queue {
    let reported = false;
    queue.on('error', (error) => {
      if (!reported) this.logger.warn(`Queue ${queue.name}: ${error.message} (retrying)`);
      reported = true;
    });
    return queue;
  }

  /** Adds a job; `delayMs`: it waits that long (BullMQ's delayed set) before a worker may take it. */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], jobId?: string, delayMs = 0): Promise<void> {
    const queue = this.queues.get(QUEUE_OF_JOB[name]);
    if (!queue) throw new Error(`No queue for job ${name}`);
    await queue.add(name, payload, { ...(jobId ? { jobId } : {}), ...(delayMs > 0 ? { delay: delayMs } : {}) });
  }

  /** Jobs waiting or running, per queue (for health and benchmarks). */
  async depth(): Promise<Record<QueueName, number>> {
    const entries = await Promise.all(
      [...this.queues].map(async ([name, queue]) => {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return [name, Object.values(counts).reduce((sum, n) => sum + n, 0)] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<QueueName, number>;
  }

  async ping(): Promise<void> {
    if (this.probe.status === 'wait' || this.probe.status === 'end') await this.probe.connect();
    await this.probe.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.probe.disconnect();
  }
}
