/**
 * Two years of demo history for every seeded service, written straight into the derived tables:
 * `sla_case` and `sla_cycle` (the per-case "raw" rows a plain GROUP BY reads) and `sla_rollup_day`
 * built from them with the worker's counting rules (docs/ingestion.md), so both paths describe
 * the same cases, inserted day after day as the worker would. Deterministic (setseed). About four
 * events per case.
 */
import { COUNT_BACKLOG_SQL } from '@ws/server-database';
import { DataSource } from 'typeorm';

export const BENCH_FROM = '2025-01-01';
/** Today in Asia/Qatar: the history runs up to now, as a live system's does. */
export const BENCH_TO = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Qatar' }).format(new Date());
/** Cases opened in the last days are still open; older ones were decided, reopened and surveyed before now. */
const OPEN_DAYS = 15;
/** 3 working days of 7 hours, in business seconds: the demo's typical SLA. */
const TARGET_SECONDS = 75_600;

const LOCAL = (column: string) => `(${column} AT TIME ZONE 'Asia/Qatar')::date`;

export async function loadBenchData(dataSource: DataSource, cases: number): Promise<void> {
  await dataSource.query(`SELECT setseed(0.42)`);
  await dataSource.query(`CREATE TEMP TABLE bench_service AS SELECT row_number() OVER (ORDER BY id)::int AS idx, id, agency_id, 0.55 + random() * 0.4 AS quality FROM service`);
  const [{ services }] = await dataSource.query(`SELECT count(*)::int AS services FROM bench_service`);
  await dataSource.query(
    `INSERT INTO sla_case (agency_id, case_id, service_id, requesting_agency_id, channel, opened_at, open, event_count, computed_at,
       survey_at, survey_scale, survey_score, survey_channel)
     SELECT s.agency_id, 'B-' || x.g, s.id,
       CASE WHEN x.r2 < 0.04 THEN (SELECT (array_agg(id ORDER BY id))[1 + floor(x.r2 / 0.04 * count(*))::int] FROM agency) ELSE 0 END,
       (ARRAY['web','web','mobile','mobile','api','counter','call_center','kiosk'])[1 + floor(x.r1 * 8)::int],
       x.opened_at, x.opened_at > $3::timestamptz - interval '${OPEN_DAYS} days', 4, now(),
       CASE WHEN x.surveyed THEN x.opened_at + interval '5 days' END, CASE WHEN x.surveyed THEN 'csat5' END,
       CASE WHEN x.surveyed THEN LEAST(5, 1 + floor(x.r4 * 5.6))::int END,
       CASE WHEN x.surveyed THEN (ARRAY['web','mobile','counter'])[1 + floor(x.r4 * 3)::int] END
     FROM (SELECT *, r3 < 0.35 AND opened_at < $3::timestamptz - interval '6 days' AS surveyed
           FROM (SELECT g, 1 + floor(random() * $1)::int AS idx, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                   $2::timestamptz + random() * ($3::timestamptz - $2::timestamptz) AS opened_at
                 FROM generate_series(1, $4) AS g) drawn) x
     JOIN bench_service s ON s.idx = x.idx`,
    [services, `${BENCH_FROM}T04:00:00Z`, new Date().toISOString(), cases],
  );
  // The month partitions of every cycle below (cycles start at most a few weeks after now).
  await dataSource.query(`SELECT ensure_month_partitions($1, now() + interval '3 months')`, [`${BENCH_FROM}T00:00:00Z`]);
  await insertCycles(dataSource);
  await insertRollups(dataSource);
  await insertMonthRollups(dataSource);
  await dataSource.query(`INSERT INTO sla_backlog (service_id, agency_id, requesting_agency_id, channel, running, paused, at_risk, breached) ${COUNT_BACKLOG_SQL}`);
  // The versions the worker's folds would have bumped, which its processing-time refresh reads.
  await dataSource.query(
    `INSERT INTO sla_processing_version (service_id, month)
     SELECT DISTINCT service_id, date_trunc('month', stopped_at AT TIME ZONE 'Asia/Qatar')::date FROM sla_cycle
     WHERE cycle = 1 AND stopped_at IS NOT NULL ORDER BY 1, 2`,
  );
  // What autovacuum does in a running system after a load like this.
  for (const table of ['sla_case', 'sla_cycle', 'sla_rollup_day', 'sla_rollup_month', 'sla_rollup_service_month', 'sla_rollup_channel_month', 'sla_backlog', 'sla_processing_version']) await dataSource.query(`VACUUM ANALYZE ${table}`);
}

async function insertCycles(dataSource: DataSource): Promise<void> {
  // First cycles: 3% cancelled, open ones running, others met (progress <= 1) with the service's quality, else breached.
  await dataSource.query(
    `INSERT INTO sla_cycle (case_pk, cycle, agency_id, service_id, status, started_at, stopped_at, cancelled_at, elapsed_seconds, progress, breached_at, decided_at, at_risk, first_computed_at, computed_at)
     SELECT id, 1, agency_id, service_id, status, opened_at,
       CASE WHEN status IN ('met', 'breached') THEN opened_at + p * interval '4 days' END,
       CASE WHEN status = 'cancelled' THEN opened_at + interval '1 day' END,
       p * ${TARGET_SECONDS}, p,
       CASE WHEN status = 'breached' THEN opened_at + interval '4 days' END,
       CASE WHEN status = 'met' THEN opened_at + p * interval '4 days' WHEN status = 'breached' THEN opened_at + interval '4 days' END,
       open AND p >= 0.75, now(), now()
     FROM (SELECT k.id, k.agency_id, k.service_id, k.opened_at, k.open, r,
             CASE WHEN k.open THEN 'running' WHEN r < 0.03 THEN 'cancelled' WHEN r < 0.03 + 0.97 * s.quality THEN 'met' ELSE 'breached' END AS status,
             CASE WHEN k.open THEN random() WHEN r < 0.03 + 0.97 * s.quality THEN 0.05 + random() * 0.95 ELSE 1.01 + random() * 1.5 END AS p
           FROM (SELECT *, random() AS r FROM sla_case) k JOIN bench_service s ON s.id = k.service_id) c`,
  );
  // 4% of stopped first cycles are reopened two days later and met again.
  await dataSource.query(
    `INSERT INTO sla_cycle (case_pk, cycle, agency_id, service_id, status, started_at, stopped_at, elapsed_seconds, progress, decided_at, first_computed_at, computed_at)
     SELECT case_pk, 2, agency_id, service_id, 'met', stopped_at + interval '2 days', stopped_at + interval '3 days', 0.4 * ${TARGET_SECONDS}, 0.4, stopped_at + interval '3 days', now(), now()
     FROM sla_cycle WHERE cycle = 1 AND stopped_at IS NOT NULL AND random() < 0.04`,
  );
}

/** The worker's counters, summed from the cycles and surveys (docs/ingestion.md). */
async function insertRollups(dataSource: DataSource): Promise<void> {
  const key = 'k.service_id, k.agency_id, k.requesting_agency_id, k.channel';
  await dataSource.query(
    `INSERT INTO sla_rollup_day (service_id, agency_id, requesting_agency_id, channel, day, decided, met, breached, decided_all, met_all, breached_all,
       opened, reopened, resolved, cancelled, processed, elapsed_seconds_sum, csat_responses, csat_satisfied, csat5_1, csat5_2, csat5_3, csat5_4, csat5_5)
     SELECT service_id, agency_id, requesting_agency_id, channel, day, sum(decided), sum(met), sum(breached), sum(decided_all), sum(met_all), sum(breached_all),
       sum(opened), sum(reopened), sum(resolved), sum(cancelled), sum(processed), sum(elapsed), sum(responses), sum(satisfied),
       sum(s1), sum(s2), sum(s3), sum(s4), sum(s5)
     FROM (
       SELECT ${key}, ${LOCAL('c.decided_at')} AS day, (c.cycle = 1)::int AS decided, (c.cycle = 1 AND c.status = 'met')::int AS met,
         (c.cycle = 1 AND c.status <> 'met')::int AS breached, 1 AS decided_all, (c.status = 'met')::int AS met_all, (c.status <> 'met')::int AS breached_all,
         0 AS opened, 0 AS reopened, 0 AS resolved, 0 AS cancelled, 0 AS processed, 0::numeric AS elapsed, 0 AS responses, 0 AS satisfied, 0 AS s1, 0 AS s2, 0 AS s3, 0 AS s4, 0 AS s5
       FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk WHERE c.decided_at IS NOT NULL
       UNION ALL
       SELECT ${key}, ${LOCAL('c.started_at')}, 0, 0, 0, 0, 0, 0, (c.cycle = 1)::int, (c.cycle > 1)::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
       FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk
       UNION ALL
       SELECT ${key}, ${LOCAL('c.stopped_at')}, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, (c.cycle = 1)::int, CASE WHEN c.cycle = 1 THEN c.elapsed_seconds::numeric ELSE 0 END, 0, 0, 0, 0, 0, 0, 0
       FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk WHERE c.stopped_at IS NOT NULL
       UNION ALL
       SELECT ${key}, ${LOCAL('c.cancelled_at')}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0
       FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk WHERE c.cancelled_at IS NOT NULL
       UNION ALL
       SELECT k.service_id, k.agency_id, k.requesting_agency_id, k.survey_channel, ${LOCAL('k.survey_at')}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, (k.survey_score >= 4)::int,
         (k.survey_score = 1)::int, (k.survey_score = 2)::int, (k.survey_score = 3)::int, (k.survey_score = 4)::int, (k.survey_score = 5)::int
       FROM sla_case k WHERE k.survey_at IS NOT NULL
     ) contributions
     GROUP BY 1, 2, 3, 4, 5
     ORDER BY day`,
  );
}

const MONTH_COUNTERS = ['decided', 'met', 'breached', 'decided_all', 'met_all', 'breached_all', 'opened', 'reopened', 'resolved', 'cancelled', 'processed', 'csat_responses', 'csat_satisfied'];

/** The month rollups, summed from the day rows as the worker keeps them (docs/ingestion.md). */
async function insertMonthRollups(dataSource: DataSource): Promise<void> {
  const counters = MONTH_COUNTERS.join(', ');
  const sums = MONTH_COUNTERS.map((name) => `sum(${name})`).join(', ');
  const month = `date_trunc('month', day)::date`;
  for (const [table, key] of [
    ['sla_rollup_month', 'service_id, agency_id, requesting_agency_id, channel'],
    ['sla_rollup_channel_month', 'service_id, agency_id, channel'],
  ]) {
    await dataSource.query(`INSERT INTO ${table} (${key}, month, ${counters}) SELECT ${key}, ${month}, ${sums} FROM sla_rollup_day GROUP BY ${key}, ${month}`);
  }
  await dataSource.query(
    `INSERT INTO sla_rollup_service_month (service_id, agency_id, month, ${counters}, opened_digital)
     SELECT service_id, agency_id, ${month}, ${sums}, COALESCE(sum(opened) FILTER (WHERE channel IN ('web', 'mobile', 'api')), 0) FROM sla_rollup_day GROUP BY 1, 2, 3`,
  );
}
