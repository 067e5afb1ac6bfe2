import { DynamicModule, Module } from '@nestjs/common';
import { WorkerConfig } from '@ws/server-config';
import { DatabaseModule } from '@ws/server-database';
import { IngestionWorkerModule, WORKER_HANDLERS } from '@ws/server-ingestion';
import { METRICS_WORKER_HANDLERS, MetricsWorkerModule } from '@ws/server-metrics';
import { QueueModule } from '@ws/server-queue';
import { REVIEW_WORKER_HANDLERS, ReviewWorkerModule } from '@ws/server-review';

/** Wiring only: which handlers and schedules this role runs. */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        DatabaseModule.forRoot(config.DATABASE_URL),
        QueueModule.forRoot({ redisUrl: config.REDIS_URL, prefix: config.BULLMQ_PREFIX }),
        QueueModule.forWorker({
          concurrency: config.WORKER_CONCURRENCY,
          handlers: [...WORKER_HANDLERS, ...REVIEW_WORKER_HANDLERS, ...METRICS_WORKER_HANDLERS],
          imports: [
            IngestionWorkerModule.forRoot({ recoveryIntervalMs: config.RECOVERY_INTERVAL_SECONDS * 1000, applyDelayMs: config.FEED_APPLY_DELAY_MS }),
            ReviewWorkerModule.forRoot({ recoveryIntervalMs: config.RECOVERY_INTERVAL_SECONDS * 1000 }),
            MetricsWorkerModule.forRoot({ recoveryIntervalMs: config.RECOVERY_INTERVAL_SECONDS * 1000 }),
          ],
        }),
      ],
    };
  }
}
