export { IngestionApiModule } from './api/ingestion-api.module';
export { IngestionWorkerModule } from './worker/ingestion-worker.module';
export { ApplyBatchHandler } from './worker/apply-batch.handler';
export { BatchRecovery } from './worker/batch-recovery.service';
export { validateFeedEvent } from './validation/validate-event';
export type { FeedContext, ValidEvent } from './validation/validate-event';
