import { DynamicModule, Module } from '@nestjs/common';
import { CaseRecompute } from '../recompute/case-recompute.service';
import { ApplyBatchHandler } from './apply-batch.handler';
import { BatchApplier } from './batch-applier.service';
import { BatchRecovery, RECOVERY_INTERVAL_MS } from './batch-recovery.service';
import { ClockScheduler } from './clock-scheduler.service';
import { RecomputeOpenCasesHandler } from './recompute-open-cases.handler';
import { SweepTransitionsHandler } from './sweep-transitions.handler';
import { WebhookDelivery } from './webhook-delivery.service';

/** The worker side of ingestion: apply batches, recover lost ones, sweep clock transitions. */
@Module({})
export class IngestionWorkerModule {
  static forRoot(options: { recoveryIntervalMs: number; schedule?: boolean }): DynamicModule {
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
        ...(options.schedule === false ? [] : [ClockScheduler]),
        { provide: RECOVERY_INTERVAL_MS, useValue: options.recoveryIntervalMs },
      ],
      exports: [ApplyBatchHandler, SweepTransitionsHandler, RecomputeOpenCasesHandler, BatchApplier, BatchRecovery, CaseRecompute, WebhookDelivery],
    };
  }
}
