import { LeagueService, OpenDataService, ResolvedScope, ScorecardService, SeriesQuery, SeriesService, backlog, processingTime, refreshKeptProcessingPeriods } from '@ws/server-metrics';
import { COUNT_BACKLOG_SQL } from '@ws/server-database';
import { DataSource } from 'typeorm';
import { BENCH_FROM, BENCH_TO } from './load-bench-data';

/** One figure read through the read API's service (rollups) and, where one exists, by a plain GROUP BY over the per-case rows. */
export interface BenchCase {
  name: string;
  rollup: () => Promise<unknown>;
  raw?: () => Promise<unknown>;
  /** Run once before the timed runs (not timed), e.g. what the worker would have done by then. */
  prepare?: () => Promise<unknown>;
}

const NATION: ResolvedScope = { agencyId: null, serviceId: null, requestingAgencyId: null, channel: null };
/** One year back from the end of the history, and the current year. */
const YEAR_FROM = `${Number(BENCH_TO.slice(0, 4)) - 1}${BENCH_TO.slice(4)}`;
const YEAR = Number(BENCH_TO.slice(0, 4));
const YEAR_START = `${YEAR}-01-01`;
/** Last month, whole. */
const MONTH_FROM = new Date(Date.UTC(YEAR, Number(BENCH_TO.slice(5, 7)) - 2, 1)).toISOString().slice(0, 10);
const MONTH_TO = new Date(Date.UTC(YEAR, Number(BENCH_TO.slice(5, 7)) - 1, 0)).toISOString().slice(0, 10);
const local = (column: string) => `(${column} AT TIME ZONE 'Asia/Qatar')`;
const range = (column: string, from: string, to: string) =>
  `${column} >= ('${from}'::date)::timestamp AT TIME ZONE 'Asia/Qatar' AND ${column} < ('${to}'::date + 1)::timestamp AT TIME ZONE 'Asia/Qatar'`;

export async function benchCases(dataSource: DataSource): Promise<BenchCase[]> {
  const series = new SeriesService(dataSource);
  const scorecards = new ScorecardService(dataSource);
  const leagues = new LeagueService(dataSource);
  const openData = new OpenDataService(dataSource);
  const [{ id: agencyId }] = await dataSource.query(`SELECT agency_id AS id FROM sla_case GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const twoYears: SeriesQuery = { from: BENCH_FROM, to: BENCH_TO, interval: 'month', cycles: 'first' };
  const agencyYear: SeriesQuery = { from: YEAR_FROM, to: BENCH_TO, interval: 'day', cycles: 'first' };
  const agency: ResolvedScope = { ...NATION, agencyId };
  const q = (sql: string) => () => dataSource.query(sql);
  const firstDecided = (from: string, to: string) => `c.cycle = 1 AND c.status IN ('met', 'breached', 'breached_open') AND ${range('c.decided_at', from, to)}`;
  return [
    {
      name: 'sla: nation, 2 years by month',
      rollup: () => series.sla(twoYears, NATION),
      raw: q(`SELECT to_char(${local('c.decided_at')}, 'YYYY-MM'), count(*) FILTER (WHERE c.status = 'met'), count(*) FROM sla_cycle c WHERE ${firstDecided(BENCH_FROM, BENCH_TO)} GROUP BY 1`),
    },
    {
      name: 'sla: largest entity, 1 year by day',
      rollup: () => series.sla(agencyYear, agency),
      raw: q(`SELECT ${local('c.decided_at')}::date, count(*) FILTER (WHERE c.status = 'met'), count(*) FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk
              WHERE k.agency_id = ${agencyId} AND ${firstDecided(YEAR_FROM, BENCH_TO)} GROUP BY 1`),
    },
    {
      name: 'satisfaction: nation, 2 years by month',
      rollup: () => series.satisfaction(twoYears, NATION),
      raw: q(`SELECT to_char(${local('k.survey_at')}, 'YYYY-MM'), count(*) FILTER (WHERE k.survey_score >= 4), count(*) FROM sla_case k
              WHERE k.survey_at IS NOT NULL AND ${range('k.survey_at', BENCH_FROM, BENCH_TO)} GROUP BY 1`),
    },
    {
      name: 'volumes: nation, 2 years by month and channel',
      rollup: () => series.volumes(twoYears, NATION),
      raw: q(`SELECT to_char(${local('c.started_at')}, 'YYYY-MM'), k.channel, count(*) FILTER (WHERE c.cycle = 1), count(*) FILTER (WHERE c.cycle > 1)
              FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk WHERE ${range('c.started_at', BENCH_FROM, BENCH_TO)} GROUP BY 1, 2`),
    },
    {
      name: 'reopen rate: nation, 2 years by month',
      rollup: () => series.reopenRate(twoYears, NATION),
      raw: q(`SELECT to_char(${local('c.started_at')}, 'YYYY-MM'), count(*) FROM sla_cycle c WHERE c.cycle > 1 AND ${range('c.started_at', BENCH_FROM, BENCH_TO)} GROUP BY 1`),
    },
    {
      name: 'procedural delay: nation, 2 years by quarter',
      rollup: () => series.proceduralDelay({ ...twoYears, interval: 'quarter' }, NATION),
      raw: q(`SELECT quarter, count(*) FILTER (WHERE p90 > 1), count(*) FROM (
                SELECT to_char(${local('c.stopped_at')}, 'YYYY-"Q"Q') AS quarter, k.service_id, percentile_disc(0.9) WITHIN GROUP (ORDER BY c.progress) AS p90
                FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk WHERE c.cycle = 1 AND c.status IN ('met', 'breached') AND ${range('c.stopped_at', BENCH_FROM, BENCH_TO)}
                GROUP BY 1, 2) per_service GROUP BY 1`),
    },
    ...processingCases(dataSource, 'nation, 1 month per service', { ...twoYears, from: MONTH_FROM, to: MONTH_TO }, NATION, ''),
    ...processingCases(dataSource, 'entity, 1 year by month', { ...agencyYear, interval: 'month' }, agency, `AND k.agency_id = ${agencyId}`),
    { name: 'backlog: nation, now', rollup: () => backlog(dataSource.manager, NATION, null, new Date()), raw: q(COUNT_BACKLOG_SQL) },
    {
      name: 'scorecard: this year',
      rollup: () => scorecards.scorecard(YEAR, new Date()),
      raw: q(`SELECT to_char(${local('c.decided_at')}, 'YYYY-MM'), count(*) FILTER (WHERE c.status = 'met'), count(*) FROM sla_cycle c WHERE ${firstDecided(YEAR_START, BENCH_TO)} GROUP BY 1`),
    },
    {
      name: 'league: this year',
      rollup: () => leagues.league({ from: YEAR_START, to: BENCH_TO }),
      raw: q(`SELECT k.agency_id, count(*) FILTER (WHERE c.status = 'met'), count(*) FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk WHERE ${firstDecided(YEAR_START, BENCH_TO)} GROUP BY 1`),
    },
    {
      name: 'matrix: this year',
      rollup: () => leagues.matrix({ from: YEAR_START, to: BENCH_TO }),
      raw: q(`SELECT k.requesting_agency_id, k.agency_id, count(*) FILTER (WHERE c.status = 'met'), count(*) FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk
              WHERE k.requesting_agency_id <> 0 AND ${firstDecided(YEAR_START, BENCH_TO)} GROUP BY 1, 2`),
    },
    {
      name: 'open data: this year monthly',
      rollup: () => openData.monthly(YEAR, new Date()),
      raw: q(`SELECT to_char(${local('c.decided_at')}, 'YYYY-MM'), k.agency_id, count(*) FILTER (WHERE c.status = 'met'), count(*) FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk
              WHERE ${firstDecided(YEAR_START, BENCH_TO)} GROUP BY 1, 2`),
    },
  ];
}

/**
 * Processing time through the read service with its kept percentiles (`sla_processing_period`, filled
 * first as the worker's refresh does) and with none kept (emptied before each run: what a read costs
 * before the worker caught up after a change), beside the
 * same percentiles by a plain GROUP BY over `sla_cycle` joined to `sla_case`.
 */
function processingCases(dataSource: DataSource, what: string, query: SeriesQuery, scope: ResolvedScope, caseFilter: string): BenchCase[] {
  const raw = () =>
    dataSource.query(
      `SELECT to_char(${local('c.stopped_at')}, 'YYYY-MM'), k.service_id, count(*),
         percentile_disc(0.5) WITHIN GROUP (ORDER BY c.elapsed_seconds), percentile_disc(0.9) WITHIN GROUP (ORDER BY c.elapsed_seconds),
         percentile_disc(0.9) WITHIN GROUP (ORDER BY c.progress)
       FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk
       WHERE c.cycle = 1 AND c.status IN ('met', 'breached') AND ${range('c.stopped_at', query.from, query.to)} ${caseFilter} GROUP BY 1, 2`,
    );
  return [
    {
      name: `processing time: ${what} (kept)`,
      prepare: () => refreshKeptProcessingPeriods(dataSource.manager),
      rollup: () => processingTime(dataSource.manager, query, scope),
      raw,
    },
    {
      name: `processing time: ${what} (none kept)`,
      rollup: async () => {
        await dataSource.query(`DELETE FROM sla_processing_period`);
        return processingTime(dataSource.manager, query, scope);
      },
    },
  ];
}
