import { AgencyEntity } from './agency.entity';
import { EventBatchEntity } from './event-batch.entity';
import { FeedEventEntity } from './feed-event.entity';
import { FeedKeyEntity } from './feed-key.entity';
import { ServiceDayRollupEntity } from './service-day-rollup.entity';
import { ServiceEntity } from './service.entity';

export {
  AgencyEntity,
  EventBatchEntity,
  FeedEventEntity,
  FeedKeyEntity,
  ServiceDayRollupEntity,
  ServiceEntity,
};
export type { EventBatchStatus } from './event-batch.entity';

export const ENTITIES = [
  AgencyEntity,
  ServiceEntity,
  FeedKeyEntity,
  EventBatchEntity,
  FeedEventEntity,
  ServiceDayRollupEntity,
];
