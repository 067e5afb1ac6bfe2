import { MetricsInterval, ProcessingTimePoint, ProcessingTimeResponse } from '@ws/contracts';
import { EntityManager } from 'typeorm';
import { ResolvedScope } from '../query/resolve-scope';
import { SeriesQuery } from '../query/series-query';
import { processingPeriodsSql, processingScopeSql } from './processing-time-sql';

interface ProcessingRow {
  period: string;
  code: string;
  nameAr: string;
  nameEn: string;
  agency: string;
  processed: number;
  medianSeconds: number;
  p90Seconds: number;
  p90Share: number;
  targetAmount: number | null;
  targetUnit: string | null;
}

export const PROCESSING_TIME_METHOD =
  'percentile_disc (nearest rank) over first cycles stopped met or breached (sla_cycle, business seconds; wall seconds for calendar-unit SLAs), by the Asia/Qatar day they stopped, per service';

/** Intervals whose whole periods are kept in `sla_processing_period`. */
const CACHED_INTERVALS: readonly MetricsInterval[] = ['month', 'quarter', 'year'];

/**
 * Median and 90th percentile of first-cycle processing time per service and period. Each service's
 * cycles of a period are read from the index by service and stop instant. A whole month, quarter or
 * year is taken from `sla_processing_period` while the versions of its months (bumped by the worker
 * whenever such a cycle changes) still add up to the kept row's; otherwise it is computed here, in
 * the same statement (one snapshot for versions and cycles), and not written: the worker keeps the
 * rows (`refreshKeptProcessingPeriods`), so this read only SELECTs and runs on a read-only replica.
 * Channel and requesting-entity filters are always computed.
 */
export async function processingTime(manager: EntityManager, query: SeriesQuery, scope: ResolvedScope): Promise<ProcessingTimeResponse> {
  const params: unknown[] = [query.from, query.to, query.interval];
  const where = processingScopeSql(scope, params);
  const cached = CACHED_INTERVALS.includes(query.interval) && where.cases === '';
  const rows: ProcessingRow[] = await manager.query(
    `WITH periods AS (${processingPeriodsSql(query.interval, cached)}),
     figures AS (
       SELECT p.period, s.id AS service_id,
         COALESCE(pc.processed, f.processed) AS processed, COALESCE(pc.median_seconds, f.elapsed[1]) AS median_seconds,
         COALESCE(pc.p90_seconds, f.elapsed[2]) AS p90_seconds, COALESCE(pc.p90_share, f.p90_share) AS p90_share
       FROM periods p CROSS JOIN service s
       CROSS JOIN LATERAL (
         SELECT COALESCE(sum(version), 0)::bigint AS version FROM sla_processing_version
         WHERE p.whole AND service_id = s.id AND month >= p.natural_start AND month < p.natural_end
       ) v
       LEFT JOIN sla_processing_period pc ON p.whole AND pc.service_id = s.id AND pc.interval = $3::text AND pc.period = p.period AND pc.version = v.version
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS processed, percentile_disc(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY c.elapsed_seconds) AS elapsed,
           percentile_disc(0.9) WITHIN GROUP (ORDER BY c.progress) AS p90_share
         FROM sla_cycle c
         WHERE pc.service_id IS NULL AND c.service_id = s.id AND c.cycle = 1 AND c.status IN ('met', 'breached')
           AND c.stopped_at >= p.starts AND c.stopped_at < p.ends${where.cases}
       ) f
       WHERE true${where.services}
     )
     SELECT f.period, s.code, s.name_ar AS "nameAr", s.name_en AS "nameEn", a.code AS agency, f.processed, f.median_seconds AS "medianSeconds",
       f.p90_seconds AS "p90Seconds", f.p90_share AS "p90Share", d.target_amount::float8 AS "targetAmount", d.target_unit AS "targetUnit"
     FROM figures f JOIN service s ON s.id = f.service_id JOIN agency a ON a.id = s.agency_id
     LEFT JOIN LATERAL (SELECT target_amount, target_unit FROM sla_definition WHERE service_id = s.id ORDER BY version DESC LIMIT 1) d ON true
     WHERE f.processed > 0
     ORDER BY f.period, s.code`,
    params,
  );
  return { method: PROCESSING_TIME_METHOD, methodCode: 'processingTimePercentiles', series: rows.map(toPoint) };
}

function toPoint(row: ProcessingRow): ProcessingTimePoint {
  return {
    period: row.period,
    service: { code: row.code, nameAr: row.nameAr, nameEn: row.nameEn },
    agency: row.agency,
    processed: row.processed,
    medianSeconds: row.medianSeconds,
    p90Seconds: row.p90Seconds,
    p90ShareOfTarget: row.p90Share,
    target: row.targetAmount === null || row.targetUnit === null ? null : { amount: row.targetAmount, unit: row.targetUnit },
  };
}
