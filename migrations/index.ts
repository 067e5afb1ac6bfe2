import type { MigrationInterface } from 'typeorm';
import { Foundation1795442191486 } from './1795442191486-Foundation';
import { EventRejection1795500001000 } from './1795500001000-EventRejection';
import { ReadMetrics1795500003000 } from './1795500003000-ReadMetrics';
import { ReadRollupMonth1795500003500 } from './1795500003500-ReadRollupMonth';
import { ReadRollupMonthFill1795500003600 } from './1795500003600-ReadRollupMonthFill';
import { ReadRollupServiceMonth1795500003700 } from './1795500003700-ReadRollupServiceMonth';
import { ReadRollupLockOrder1795500003800 } from './1795500003800-ReadRollupLockOrder';
import { ReadRequestIndexes1795500003900 } from './1795500003900-ReadRequestIndexes';
import { ReadRollupStatementTriggers1795500003950 } from './1795500003950-ReadRollupStatementTriggers';
import { Review1795500004000 } from './1795500004000-Review';
import { ReadFigureIndexes1795500008000 } from './1795500008000-ReadFigureIndexes';
import { ReadAgencyDayCover1795500008100 } from './1795500008100-ReadAgencyDayCover';

/** Every migration in order. A landed migration is frozen: add a new one, never edit it. */
export const ALL_MIGRATIONS: (new () => MigrationInterface)[] = [Foundation1795442191486, EventRejection1795500001000, ReadMetrics1795500003000, ReadRollupMonth1795500003500, ReadRollupMonthFill1795500003600, ReadRollupServiceMonth1795500003700, ReadRollupLockOrder1795500003800, ReadRequestIndexes1795500003900, ReadRollupStatementTriggers1795500003950, Review1795500004000, ReadFigureIndexes1795500008000, ReadAgencyDayCover1795500008100];
