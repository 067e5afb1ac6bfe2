export { ReviewModule } from './review.module';
export { REVIEW_WORKER_HANDLERS, ReviewWorkerModule } from './worker/review-worker.module';
export { BurnRateAlerts } from './worker/burn-rate-alerts.service';
export { BURN_THRESHOLDS, MINIMUM_DECIDED, SLA_TARGET } from './budgets/budget-figures';
