import { DynamicModule, Module } from '@nestjs/common';
import { ErrorBudgetReport } from '../budgets/error-budget-report.service';
import { BurnRateAlertsHandler } from './burn-rate-alerts.handler';
import { BurnRateAlerts } from './burn-rate-alerts.service';
import { BURN_RATE_RECHECK_MS, BurnRateScheduler } from './burn-rate-scheduler.service';

/** Every job handler of the review side, for the worker role's handler list. */
export const REVIEW_WORKER_HANDLERS = [BurnRateAlertsHandler];

/** The worker side of review: burn-rate alerts on a repeatable job. */
@Module({})
export class ReviewWorkerModule {
  static forRoot(options: { recoveryIntervalMs: number; schedule?: boolean }): DynamicModule {
    return {
      module: ReviewWorkerModule,
      providers: [
        ErrorBudgetReport,
        BurnRateAlerts,
        BurnRateAlertsHandler,
        ...(options.schedule === false ? [] : [BurnRateScheduler]),
        { provide: BURN_RATE_RECHECK_MS, useValue: options.recoveryIntervalMs },
      ],
      exports: [BurnRateAlertsHandler, BurnRateAlerts],
    };
  }
}
