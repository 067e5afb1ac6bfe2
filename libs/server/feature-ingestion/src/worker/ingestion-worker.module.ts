import { DynamicModule, Module } from '@nestjs/common';
import { repeatableJobProvider } from '@ws/server-queue';
import { MonthPartitions } from '../partitions/month-partitions.service';
import { PartitionKeeper } from '../partitions/partition-keeper.service';
import { CaseRecompute } from '../recompute/case-recompute.service';
import { ApplyBatchHandler } from './apply-batch.handler';
import { APPLY_DELAY_MS, BatchApplier } from './batch-applier.service';
import { BatchRecovery, RECOVERY_INTERVAL_MS } from './batch-recovery.service';
import { RecomputeOpenCasesHandler } from './recompute-open-cases.handler';
import { SweepTransitionsHandler } from './sweep-transitions.handler';
import { WebhookDelivery } from './webhook-delivery.service';

/** How often the clock sweep runs: breaches are marked within seconds of their due instant. */
export const SWEEP_EVERY_MS = 5000;
const SWEEP_SCHEDULE = Symbol('SWEEP_SCHEDULE');

/** The worker side of ingestion: apply batches, recover lost ones, sweep clock transitions, keep the month partitions ahead. */
@Module({})
export class IngestionWorkerModule {
  /** `applyDelayMs`: the API's FEED_APPLY_DELAY_MS (0 when absent): see `BatchApplier`. */
  static forRoot(options: { recoveryIntervalMs: number; schedule?: boolean; applyDelayMs?: number }): DynamicModule {
    return {
      module: IngestionWorkerModule,
      providers: [
        CaseRecompute,
        BatchApplier,
        ApplyBatchHandler,
        SweepTransitionsHandler,
        RecomputeOpenCasesHandler,
        WebhookDelivery,
        BatchRecovery,
        MonthPartitions,
        PartitionKeeper,
        ...(options.schedule === false
          ? []
          : [
              repeatableJobProvider(SWEEP_SCHEDULE, {
                job: 'sweep-transitions',
                everyMs: SWEEP_EVERY_MS,
                recheckMs: options.recoveryIntervalMs,
                description: 'the transition sweep',
              }),
            ]),
        { provide: RECOVERY_INTERVAL_MS, useValue: options.recoveryIntervalMs },
        { provide: APPLY_DELAY_MS, useValue: options.applyDelayMs ?? 0 },
      ],
      exports: [ApplyBatchHandler, SweepTransitionsHandler, RecomputeOpenCasesHandler, BatchApplier, BatchRecovery, CaseRecompute, WebhookDelivery, PartitionKeeper],
    };
  }
}
