import { DynamicModule, Module } from '@nestjs/common';
import { AnomaliesController } from '../anomalies/anomalies.controller';
import { BatchWriter } from './batch-writer.service';
import { EventsController } from './events.controller';
import { FEED_LIMITS, FeedLimits, FeedRateGate } from './feed-rate-gate';
import { FeedKeyGuard } from './feed-key.guard';

/** The feed endpoint (validate, commit, enqueue) and what an agency reads back about its feed. */
@Module({})
export class IngestionApiModule {
  static forRoot(limits: FeedLimits): DynamicModule {
    return {
      module: IngestionApiModule,
      controllers: [EventsController, AnomaliesController],
      providers: [BatchWriter, FeedKeyGuard, FeedRateGate, { provide: FEED_LIMITS, useValue: limits }],
    };
  }
}
