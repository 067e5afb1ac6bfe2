import { analyzeChangedPartitions } from '@ws/server-database';
import { EntityManager } from 'typeorm';

/** Kept periods recomputed per statement: a few hundred services' months, quarters and years. */
export const REFRESH_BATCH = 500;

/**
 * One statement: the whole months, quarters and years of every service with first stopped cycles
 * (a row in `sla_processing_version`) whose kept percentiles are missing or older than the sum of
 * their months' versions, recomputed over their natural bounds and upserted, at most `limit` of
 * them. Versions and cycles are read in one snapshot, so a kept row is never newer than its cycles;
 * an upsert never replaces a kept row of a higher version (two refreshes racing). Returns how many
 * periods it wrote.
 */
const REFRESH_SQL = `
  WITH wanted AS (
    SELECT v.service_id, i.interval, to_char(date_trunc(i.interval, v.month), i.label) AS period,
      date_trunc(i.interval, v.month)::date AS natural_start, i.length, sum(v.version)::bigint AS version
    FROM sla_processing_version v
    CROSS JOIN (VALUES ('month', 'YYYY-MM', interval '1 month'), ('quarter', 'YYYY-"Q"Q', interval '3 months'),
                       ('year', 'YYYY', interval '1 year')) AS i(interval, label, length)
    GROUP BY 1, 2, 3, 4, 5
  ),
  stale AS (
    SELECT w.* FROM wanted w
    LEFT JOIN sla_processing_period pc ON pc.service_id = w.service_id AND pc.interval = w.interval AND pc.period = w.period
    WHERE pc.version IS NULL OR pc.version < w.version
    ORDER BY w.service_id, w.interval, w.period
    LIMIT $1
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

/**
 * Brings every kept processing-time period up to date, a batch per statement; returns how many it wrote.
 * The cycle partitions that changed a lot since their last ANALYZE are analyzed first: planned from
 * the statistics of a partition that was nearly empty, each period's lookup read the month index
 * whole instead of the service index (40 s instead of 60 ms for 500 periods after a backfill).
 */
export async function refreshKeptProcessingPeriods(
  manager: EntityManager,
  batch = REFRESH_BATCH,
): Promise<number> {
  await analyzeChangedPartitions(manager, 'sla_cycle');
  let written = 0;
  for (;;) {
    const rows: unknown[] = await manager.query(REFRESH_SQL, [batch]);
    written += rows.length;
    if (rows.length < batch) return written;
  }
}
