import { DynamicModule, Module } from '@nestjs/common';
import { ApplyBatchHandler } from './apply-batch.handler';
import { BatchApplier } from './batch-applier.service';
import { BatchRecovery, RECOVERY_INTERVAL_MS } from './batch-recovery.service';

/** The worker side of ingestion: apply batches, recover lost ones. */
@Module({})
export class IngestionWorkerModule {
  static forRoot(options: { recoveryIntervalMs: number }): DynamicModule {
    return {
      module: IngestionWorkerModule,
      providers: [
        BatchApplier,
        ApplyBatchHandler,
        BatchRecovery,
        { provide: RECOVERY_INTERVAL_MS, useValue: options.recoveryIntervalMs },
      ],
      exports: [ApplyBatchHandler, BatchApplier, BatchRecovery],
    };
  }
}
