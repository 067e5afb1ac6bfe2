import { analyzeChangedPartitions } from '@ws/server-database';
import { EntityManager } from 'typeorm';

/** Kept periods recomputed per statement: a few hundred services' months, quarters and years. */
export const REFRESH_BATCH = 500;

/** Every (service, month) with first stopped cycles, summed per month, quarter and year: what a kept row must match. */
const WANTED_SQL = `
  wanted AS (
    SELECT v.service_id, i.interval, to_char(date_trunc(i.interval, v.month), i.label) AS period,
      date_trunc(i.interval, v.month)::date AS natural_start, i.length, sum(v.version)::bigint AS version
    FROM sla_processing_version v
    CROSS JOIN (VALUES ('month', 'YYYY-MM', interval '1 month'), ('quarter', 'YYYY-"Q"Q', interval '3 months'),
                       ('year', 'YYYY', interval '1 year')) AS i(interval, label, length)
    GROUP BY 1, 2, 3, 4, 5
  )`;

/** The periods whose kept row is missing or older than the sum of their months' versions. */
const STALE_SQL = `
  WITH ${WANTED_SQL}
  SELECT w.service_id AS "serviceId", w.interval, w.period, w.version::text AS version FROM wanted w
  LEFT JOIN sla_processing_period pc ON pc.service_id = w.service_id AND pc.interval = w.interval AND pc.period = w.period
  WHERE pc.version IS NULL OR pc.version < w.version
  ORDER BY 1, 2, 3`;

/**
 * One statement: the given periods, each only while its months' versions still add up to the given
 * version, recomputed over their natural bounds and upserted. Versions and cycles are read in one
 * snapshot, so a kept row is never newer than its cycles; an upsert never replaces a kept row of a
 * higher version (two refreshes racing). Returns a row per period written.
 */
const REFRESH_SQL = `
  WITH ${WANTED_SQL},
  stale AS (
    SELECT w.* FROM wanted w
    JOIN unnest($1::int[], $2::text[], $3::text[], $4::bigint[]) AS k(service_id, interval, period, version)
      ON k.service_id = w.service_id AND k.interval = w.interval AND k.period = w.period AND k.version = w.version
  )
  INSERT INTO sla_processing_period AS pc (service_id, interval, period, version, processed, median_seconds, p90_seconds, p90_share)
  SELECT s.service_id, s.interval, s.period, s.version, f.processed, f.elapsed[1], f.elapsed[2], f.p90_share
  FROM stale s CROSS JOIN LATERAL (
    SELECT count(*)::int AS processed, percentile_disc(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY c.elapsed_seconds) AS elapsed,
      percentile_disc(0.9) WITHIN GROUP (ORDER BY c.progress) AS p90_share
    FROM sla_cycle c
    WHERE c.service_id = s.service_id AND c.cycle = 1 AND c.status IN ('met', 'breached')
      AND c.stopped_at >= s.natural_start::timestamp AT TIME ZONE 'Asia/Qatar'
      AND c.stopped_at < (s.natural_start + s.length)::timestamp AT TIME ZONE 'Asia/Qatar'
  ) f
  ORDER BY 1, 2, 3
  ON CONFLICT (service_id, interval, period) DO UPDATE SET version = EXCLUDED.version, processed = EXCLUDED.processed,
    median_seconds = EXCLUDED.median_seconds, p90_seconds = EXCLUDED.p90_seconds, p90_share = EXCLUDED.p90_share
  WHERE pc.version < EXCLUDED.version
  RETURNING 1`;

/** A whole month, quarter or year of a service whose kept percentiles are missing or older than its months. */
export interface StalePeriod {
  readonly serviceId: number;
  readonly interval: string;
  readonly period: string;
  /** The sum of its months' versions (bigint, as text). */
  readonly version: string;
}

export const stalePeriods = (manager: EntityManager): Promise<StalePeriod[]> => manager.query(STALE_SQL);

/** Recomputes and keeps the given periods, a batch per statement (a period whose months changed since is skipped); returns how many it wrote. */
export async function refreshPeriods(manager: EntityManager, periods: readonly StalePeriod[], batch = REFRESH_BATCH): Promise<number> {
  let written = 0;
  for (let start = 0; start < periods.length; start += batch) {
    const chunk = periods.slice(start, start + batch);
    const rows: unknown[] = await manager.query(REFRESH_SQL, [
      chunk.map((period) => period.serviceId),
      chunk.map((period) => period.interval),
      chunk.map((period) => period.period),
      chunk.map((period) => period.version),
    ]);
    written += rows.length;
  }
  return written;
}

/**
 * Brings every kept processing-time period up to date now; returns how many it wrote.
 * The cycle partitions that changed a lot since their last ANALYZE are analyzed first: planned from
 * the statistics of a partition that was nearly empty, each period's lookup read the month index
 * whole instead of the service index (40 s instead of 60 ms for 500 periods after a backfill).
 */
export async function refreshKeptProcessingPeriods(manager: EntityManager, batch = REFRESH_BATCH): Promise<number> {
  await analyzeChangedPartitions(manager, 'sla_cycle');
  return refreshPeriods(manager, await stalePeriods(manager), batch);
}

const periodKey = (period: StalePeriod): string => `${period.serviceId}/${period.interval}/${period.period}`;

/**
 * The stale periods whose version has not moved since the previous look (`seen`), and what to
 * remember for the next one: the others. A period still changing would lose its kept row again
 * within seconds (the current month under live feeds, every month of a backfill), so recomputing it
 * is wasted work; it is kept once one whole interval passed without a change.
 */
export function settledPeriods(stale: readonly StalePeriod[], seen: ReadonlyMap<string, string>): { settled: StalePeriod[]; unsettled: Map<string, string> } {
  const settled: StalePeriod[] = [];
  const unsettled = new Map<string, string>();
  for (const period of stale) {
    if (seen.get(periodKey(period)) === period.version) settled.push(period);
    else unsettled.set(periodKey(period), period.version);
  }
  return { settled, unsettled };
}
