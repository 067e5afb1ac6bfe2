export { MetricsModule } from './metrics.module';
export {
  METRICS_WORKER_HANDLERS,
  MetricsWorkerModule,
} from './processing-cache/processing-cache-worker.module';
export { refreshKeptProcessingPeriods } from './processing-cache/refresh-kept-periods';
// The read services and queries, for the read benchmark (tools/bench/read-metrics.bench.ts).
export { SeriesService } from './series/series.service';
export { processingTime } from './series/processing-time';
export { backlog } from './series/backlog';
export { ScorecardService } from './scorecard/scorecard.service';
export { LeagueService } from './league/league.service';
export { OpenDataService } from './open-data/open-data.service';
export type { ResolvedScope } from './query/resolve-scope';
export type { SeriesQuery } from './query/series-query';
