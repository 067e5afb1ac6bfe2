import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { DatabaseModule } from '@ws/server-database';
import { IngestionWorkerModule, WORKER_HANDLERS } from '@ws/server-ingestion';
import { METRICS_WORKER_HANDLERS, MetricsWorkerModule } from '@ws/server-metrics';
import { QueueModule } from '@ws/server-queue';
import { REVIEW_WORKER_HANDLERS, ReviewWorkerModule } from '@ws/server-review';
import { AppModule } from './app.module';
import { configureHttp } from './configure-http';

export interface StackOptions {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  /** FEED_RATE_LIMIT_REQUESTS; the default when absent. */
  feedRateLimitRequests?: number;
  /** FEED_BODY_IDLE_TIMEOUT_MS; the default when absent. */
  feedBodyIdleTimeoutMs?: number;
  /** FEED_APPLY_DELAY_MS; the default when absent. */
  feedApplyDelayMs?: number;
  /** CHROMIUM_PATH of the report renderer; the default when absent. */
  chromiumPath?: string;
}

/** The real API, as `main.ts` wires it, on a test database and Redis prefix. */
export async function startApi(options: StackOptions): Promise<NestExpressApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        DATABASE_URL: options.databaseUrl,
        REDIS_URL: options.redisUrl,
        BULLMQ_PREFIX: options.prefix,
        FEED_RATE_LIMIT_REQUESTS: options.feedRateLimitRequests,
        FEED_BODY_IDLE_TIMEOUT_MS: options.feedBodyIdleTimeoutMs,
        FEED_APPLY_DELAY_MS: options.feedApplyDelayMs,
        CHROMIUM_PATH: options.chromiumPath,
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttp(app, { DASHBOARD_DIR: '' });
  await app.init();
  return app;
}

/** The worker role's ingestion handlers and recovery pass, as the worker app wires them. */
export async function startWorker(
  options: StackOptions & {
    recoveryIntervalMs?: number;
    schedule?: boolean;
    processingRefreshEveryMs?: number;
  },
): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      DatabaseModule.forRoot(options.databaseUrl),
      QueueModule.forRoot({ redisUrl: options.redisUrl, prefix: options.prefix }),
      QueueModule.forWorker({
        concurrency: 2,
        handlers: [...WORKER_HANDLERS, ...REVIEW_WORKER_HANDLERS, ...METRICS_WORKER_HANDLERS],
        imports: [
          IngestionWorkerModule.forRoot({
            recoveryIntervalMs: options.recoveryIntervalMs ?? 60_000,
            schedule: options.schedule,
          }),
          ReviewWorkerModule.forRoot({
            recoveryIntervalMs: options.recoveryIntervalMs ?? 60_000,
            schedule: options.schedule,
          }),
          MetricsWorkerModule.forRoot({
            recoveryIntervalMs: options.recoveryIntervalMs ?? 60_000,
            schedule: options.schedule,
            everyMs: options.processingRefreshEveryMs,
          }),
        ],
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  await app.init();
  return app;
}
