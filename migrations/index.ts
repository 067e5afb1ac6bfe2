import type { MigrationInterface } from 'typeorm';
import { Foundation1795442191486 } from './1795442191486-Foundation';
import { EventRejection1795500001000 } from './1795500001000-EventRejection';
import { ReadRollups1795500003000 } from './1795500003000-ReadRollups';
import { Review1795500004000 } from './1795500004000-Review';
import { ProcessingTime1795500005000 } from './1795500005000-ProcessingTime';
import { ChannelMonthRollup1795500006000 } from './1795500006000-ChannelMonthRollup';
import { FeedInterval1795500007000 } from './1795500007000-FeedInterval';
import { BacklogCounts1795500008000 } from './1795500008000-BacklogCounts';
import { WorkerMonthRollups1795600001000 } from './1795600001000-WorkerMonthRollups';
import { MonthPartitions1795600002000 } from './1795600002000-MonthPartitions';
import { SessionIdleAndKeyOverlap1795620001000 } from './1795620001000-SessionIdleAndKeyOverlap';
import { MaturityRevisions1795640001000 } from './1795640001000-MaturityRevisions';
import { ProcessingVersionBackfill1795640002000 } from './1795640002000-ProcessingVersionBackfill';
import { BreachDecidedIndex1795660001000 } from './1795660001000-BreachDecidedIndex';
import { CycleAgency1795660002000 } from './1795660002000-CycleAgency';
import { ByteOrderKeys1795680001000 } from './1795680001000-ByteOrderKeys';

/** Every migration in order. A landed migration's `up` is frozen: add a new one, never edit it. */
export const ALL_MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795442191486,
  EventRejection1795500001000,
  ReadRollups1795500003000,
  Review1795500004000,
  ProcessingTime1795500005000,
  ChannelMonthRollup1795500006000,
  FeedInterval1795500007000,
  BacklogCounts1795500008000,
  WorkerMonthRollups1795600001000,
  MonthPartitions1795600002000,
  SessionIdleAndKeyOverlap1795620001000,
  MaturityRevisions1795640001000,
  ProcessingVersionBackfill1795640002000,
  BreachDecidedIndex1795660001000,
  CycleAgency1795660002000,
  ByteOrderKeys1795680001000,
];
