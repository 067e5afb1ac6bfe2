import { DynamicModule, Module } from '@nestjs/common';
import { AnomaliesController } from '../anomalies/anomalies.controller';
import { MonthPartitions } from '../partitions/month-partitions.service';
import { RestatementsController } from '../restatements/restatements.controller';
import { Restatements } from '../restatements/restatements.service';
import { BatchWriter } from './batch-writer.service';
import { EventsController } from './events.controller';
import { FEED_LIMITS, FeedLimits } from './feed-limits';
import { FeedRateGate } from './feed-rate-gate';
import { FeedKeyGuard } from './feed-key.guard';

/** The feed endpoint (validate, commit, enqueue), what an agency reads back about its feed, and restatement review. */
@Module({})
export class IngestionApiModule {
  static forRoot(limits: FeedLimits): DynamicModule {
    return {
      module: IngestionApiModule,
      controllers: [EventsController, AnomaliesController, RestatementsController],
      providers: [
        BatchWriter,
        MonthPartitions,
        FeedKeyGuard,
        FeedRateGate,
        Restatements,
        { provide: FEED_LIMITS, useValue: limits },
      ],
    };
  }
}
