export * from './jobs';
export { JobProducer } from './job-producer';
export { JobWorkerHost, indexHandlers } from './job-worker-host';
export { QueueModule } from './queue.module';
export { redisConnectionOptions } from './redis-connection';
export { RateLimiter } from './rate-limiter';
export type { RateDecision, WindowCount } from './rate-limiter';
export { RepeatableJobKeeper, repeatableJobProvider } from './repeatable-job-keeper';
export type { RepeatableJobSchedule } from './repeatable-job-keeper';
