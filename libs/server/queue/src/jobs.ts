/** The one typed map of every job: its name, its queue and its payload. */
export interface JobPayloads {
  /** Apply an accepted batch of feed events (the batch is in Postgres; the job carries only its id). */
  'apply-batch': { batchId: string };
  /** Recompute cases whose clock crossed a threshold (50%, 75%, due) and deliver notifications; repeatable. */
  'sweep-transitions': Record<string, never>;
  /** A calendar version was published (an Eid confirmed): recompute the open cases that use it. */
  'recompute-open-cases': { calendarCode: string };
  /** Look for agencies and services that started burning their quarter's error budget fast or slowly; repeatable. */
  'burn-rate-alerts': Record<string, never>;
  /** Recompute the kept processing-time percentiles whose months changed; repeatable. */
  'refresh-processing-periods': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const QUEUE_OF_JOB: { readonly [N in JobName]: QueueName } = {
  'apply-batch': 'ingestion',
  'sweep-transitions': 'clock',
  'recompute-open-cases': 'clock',
  'burn-rate-alerts': 'clock',
  'refresh-processing-periods': 'clock',
};

export const QUEUE_NAMES = ['ingestion', 'clock'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const JOB_NAMES = Object.keys(QUEUE_OF_JOB) as JobName[];

/** A worker-side handler of one job name. Handlers stay thin: they call a service. */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  handle(payload: JobPayloads[N]): Promise<void>;
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
export const QUEUE_OPTIONS = Symbol('QUEUE_OPTIONS');

export interface QueueOptions {
  redisUrl: string;
  prefix: string;
}
