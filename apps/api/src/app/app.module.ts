import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@ws/server-access';
import { AuthModule } from '@ws/server-auth';
import { CatalogueModule } from '@ws/server-catalogue';
import { ApiConfig, loadConfig } from '@ws/server-config';
import { DatabaseModule } from '@ws/server-database';
import { HealthModule } from '@ws/server-health';
import { IngestionApiModule } from '@ws/server-ingestion';
import { MetricsModule } from '@ws/server-metrics';
import { QueueModule } from '@ws/server-queue';
import { ReportsModule } from '@ws/server-reports';
import { ReviewModule } from '@ws/server-review';

/** Variables a caller (a test) may leave out: their defaults apply. */
const DEFAULTED_VARIABLES = [
  'FEED_RATE_LIMIT_REQUESTS',
  'FEED_BODY_IDLE_TIMEOUT_MS',
  'FEED_APPLY_DELAY_MS',
  'SESSION_IDLE_MINUTES',
  'SESSION_LIFETIME_HOURS',
  'PORT',
  'CHROMIUM_PATH',
  'REPORT_RENDER_CONCURRENCY',
] as const;
type DefaultedVariable = (typeof DEFAULTED_VARIABLES)[number];

function withoutUndefined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** The HTTP role: wiring only; the behaviour lives in the feature libraries. */
@Module({})
export class AppModule {
  static forRoot(
    config: Pick<ApiConfig, 'DATABASE_URL' | 'REDIS_URL' | 'BULLMQ_PREFIX'> &
      Partial<Pick<ApiConfig, DefaultedVariable>>,
  ): DynamicModule {
    const settings = { ...loadConfig(DEFAULTED_VARIABLES, {}), ...withoutUndefined(config) };
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(config.DATABASE_URL),
        QueueModule.forRoot({ redisUrl: config.REDIS_URL, prefix: config.BULLMQ_PREFIX }),
        AccessModule.forRoot({
          idleMinutes: settings.SESSION_IDLE_MINUTES,
          lifetimeHours: settings.SESSION_LIFETIME_HOURS,
        }),
        HealthModule,
        AuthModule,
        CatalogueModule,
        IngestionApiModule.forRoot({
          requestsPerMinute: settings.FEED_RATE_LIMIT_REQUESTS,
          bodyIdleMs: settings.FEED_BODY_IDLE_TIMEOUT_MS,
          applyDelayMs: settings.FEED_APPLY_DELAY_MS,
        }),
        MetricsModule,
        ReviewModule,
        ReportsModule.forRoot({
          chromiumPath: settings.CHROMIUM_PATH,
          dashboardUrl: `http://127.0.0.1:${settings.PORT}`,
          concurrency: settings.REPORT_RENDER_CONCURRENCY,
        }),
      ],
    };
  }
}
