import { Module } from '@nestjs/common';
import { BatchWriter } from './batch-writer.service';
import { EventsController } from './events.controller';
import { FeedKeyGuard } from './feed-key.guard';

/** The feed endpoint: validate, commit, enqueue. */
@Module({
  controllers: [EventsController],
  providers: [BatchWriter, FeedKeyGuard],
})
export class IngestionApiModule {}
