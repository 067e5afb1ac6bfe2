import { Module } from '@nestjs/common';
import { AgenciesController } from './agencies.controller';
import { AuditController } from './audit.controller';
import { CalendarsController } from './calendars.controller';
import { FeedKeysController } from './feed-keys.controller';
import { KpisController } from './kpis.controller';
import { MaturityController } from './maturity.controller';
import { ServicesController } from './services.controller';
import { UsersController } from './users.controller';

/** Administration of the catalogue by the central office; reads for every signed-in role. */
@Module({
  controllers: [AgenciesController, CalendarsController, ServicesController, KpisController, MaturityController, UsersController, FeedKeysController, AuditController],
})
export class CatalogueModule {}
