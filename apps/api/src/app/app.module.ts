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

/** The HTTP role: wiring only; the behaviour lives in the feature libraries. */
@Module({})
export class AppModule {
  static forRoot(
    config: Pick<ApiConfig, 'DATABASE_URL' | 'REDIS_URL' | 'BULLMQ_PREFIX'> &
      Partial<Pick<ApiConfig, 'FEED_RATE_LIMIT_REQUESTS' | 'PORT' | 'CHROMIUM_PATH' | 'REPORT_RENDER_CONCURRENCY'>>,
  ): DynamicModule {
    const defaults = loadConfig(['FEED_RATE_LIMIT_REQUESTS', 'PORT', 'CHROMIUM_PATH', 'REPORT_RENDER_CONCURRENCY'], {});
    const feedRate = config.FEED_RATE_LIMIT_REQUESTS ?? defaults.FEED_RATE_LIMIT_REQUESTS;
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(config.DATABASE_URL),
        QueueModule.forRoot({ redisUrl: config.REDIS_URL, prefix: config.BULLMQ_PREFIX }),
        AccessModule,
        HealthModule,
        AuthModule,
        CatalogueModule,
        IngestionApiModule.forRoot({ requestsPerMinute: feedRate }),
        MetricsModule,
        ReviewModule,
        ReportsModule.forRoot({
          chromiumPath: config.CHROMIUM_PATH ?? defaults.CHROMIUM_PATH,
          dashboardUrl: `http://127.0.0.1:${config.PORT ?? defaults.PORT}`,
          concurrency: config.REPORT_RENDER_CONCURRENCY ?? defaults.REPORT_RENDER_CONCURRENCY,
        }),
      ],
    };
  }
}
