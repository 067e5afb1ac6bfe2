import { Module } from '@nestjs/common';
import { LeagueController } from './league/league.controller';
import { LeagueService } from './league/league.service';
import { MetricsController } from './metrics.controller';
import { OpenDataController } from './open-data/open-data.controller';
import { OpenDataService } from './open-data/open-data.service';
import { ScorecardController } from './scorecard/scorecard.controller';
import { ProjectionService } from './scorecard/projection.service';
import { ScorecardService } from './scorecard/scorecard.service';
import { ActivityController } from './series/activity.controller';
import { OutcomesController } from './series/outcomes.controller';
import { SeriesService } from './series/series.service';

/** Read side: figures from the rollups (and, for percentiles and the backlog, the derived cycles), never from raw events. */
@Module({
  controllers: [MetricsController, OutcomesController, ActivityController, ScorecardController, LeagueController, OpenDataController],
  providers: [SeriesService, ScorecardService, ProjectionService, LeagueService, OpenDataService],
})
export class MetricsModule {}
