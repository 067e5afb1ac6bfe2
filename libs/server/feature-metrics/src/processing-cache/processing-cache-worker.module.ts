import { DynamicModule, Module } from '@nestjs/common';
import { repeatableJobProvider } from '@ws/server-queue';
import { RefreshKeptPeriodsHandler } from './refresh-kept-periods.handler';

/**
 * A changed period's percentiles are recomputed at the first run that finds its version as the run
 * before found it: between one and two of these delays after its last change. Until then a read
 * computes them itself (without writing), so a figure is never stale, only slower.
 */
export const PROCESSING_REFRESH_EVERY_MS = 30_000;
const PROCESSING_REFRESH_SCHEDULE = Symbol('PROCESSING_REFRESH_SCHEDULE');

/** Every job handler of the metrics side, for the worker role's handler list. */
export const METRICS_WORKER_HANDLERS = [RefreshKeptPeriodsHandler];

/** The worker side of the read API: the kept processing-time percentiles, on a repeatable job. */
@Module({})
export class MetricsWorkerModule {
  static forRoot(options: {
    recoveryIntervalMs: number;
    schedule?: boolean;
    everyMs?: number;
  }): DynamicModule {
    return {
      module: MetricsWorkerModule,
      providers: [
        RefreshKeptPeriodsHandler,
        ...(options.schedule === false
          ? []
          : [
              repeatableJobProvider(PROCESSING_REFRESH_SCHEDULE, {
                job: 'refresh-processing-periods',
                everyMs: options.everyMs ?? PROCESSING_REFRESH_EVERY_MS,
                recheckMs: options.recoveryIntervalMs,
                description: 'the kept processing-time percentiles',
              }),
            ]),
      ],
      exports: [RefreshKeptPeriodsHandler],
    };
  }
}
