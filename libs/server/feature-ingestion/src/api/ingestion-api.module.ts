import { DynamicModule, Module } from '@nestjs/common';
import { BatchWriter } from './batch-writer.service';
import { EventsController } from './events.controller';
import { FEED_LIMITS, FeedLimits, FeedRateGate } from './feed-rate-gate';
import { FeedKeyGuard } from './feed-key.guard';

/** The feed endpoint: validate, commit, enqueue. */
@Module({})
export class IngestionApiModule {
  static forRoot(limits: FeedLimits): DynamicModule {
    return {
      module: IngestionApiModule,
      controllers: [EventsController],
      providers: [BatchWriter, FeedKeyGuard, FeedRateGate, { provide: FEED_LIMITS, useValue: limits }],
    };
  }
}
