import { DynamicModule, Module } from '@nestjs/common';
import { repeatableJobProvider } from '@ws/server-queue';
import { ErrorBudgetReport } from '../budgets/error-budget-report.service';
import { BurnRateAlertsHandler } from './burn-rate-alerts.handler';
import { BurnRateAlerts } from './burn-rate-alerts.service';

/** Rollups change with every batch, but a burn rate over days moves slowly: every 10 minutes is enough. */
export const BURN_RATE_EVERY_MS = 600_000;
const BURN_RATE_SCHEDULE = Symbol('BURN_RATE_SCHEDULE');

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
        ...(options.schedule === false
          ? []
          : [
              repeatableJobProvider(BURN_RATE_SCHEDULE, {
                job: 'burn-rate-alerts',
                everyMs: BURN_RATE_EVERY_MS,
                recheckMs: options.recoveryIntervalMs,
                description: 'the burn-rate alerts',
              }),
            ]),
      ],
      exports: [BurnRateAlertsHandler, BurnRateAlerts],
    };
  }
}
