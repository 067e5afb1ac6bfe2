import { ProcessingTimePoint, ProcessingTimeResponse } from '@ws/contracts';
import { EntityManager } from 'typeorm';
import { ResolvedScope } from '../query/resolve-scope';
import { SeriesQuery } from '../query/series-query';
import { instantRangeSql, localDateSql, periodSql } from '../sql/period-sql';
import { CASE_COLUMNS, scopeSql } from '../sql/scope-sql';

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

/** Median and 90th percentile of first-cycle processing time per service and period, from `sla_cycle`. */
export async function processingTime(manager: EntityManager, query: SeriesQuery, scope: ResolvedScope): Promise<ProcessingTimeResponse> {
  const params: unknown[] = [query.from, query.to];
  const { start, end } = instantRangeSql('$1', '$2');
  const where = scopeSql(scope, CASE_COLUMNS, params);
  const rows: ProcessingRow[] = await manager.query(
    `WITH stopped AS (
       SELECT ${periodSql(query.interval, localDateSql('c.stopped_at'))} AS period, k.service_id, c.elapsed_seconds, c.progress
       FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk
       WHERE c.cycle = 1 AND c.status IN ('met', 'breached') AND c.stopped_at >= ${start} AND c.stopped_at < ${end}${where}
     ), figures AS (
       SELECT period, service_id, count(*)::int AS processed,
         percentile_disc(0.5) WITHIN GROUP (ORDER BY elapsed_seconds) AS "medianSeconds",
         percentile_disc(0.9) WITHIN GROUP (ORDER BY elapsed_seconds) AS "p90Seconds",
         percentile_disc(0.9) WITHIN GROUP (ORDER BY progress) AS "p90Share"
       FROM stopped GROUP BY period, service_id
     )
     SELECT f.period, s.code, s.name_ar AS "nameAr", s.name_en AS "nameEn", a.code AS agency, f.processed, f."medianSeconds", f."p90Seconds", f."p90Share",
       d.target_amount::float8 AS "targetAmount", d.target_unit AS "targetUnit"
     FROM figures f JOIN service s ON s.id = f.service_id JOIN agency a ON a.id = s.agency_id
     LEFT JOIN LATERAL (SELECT target_amount, target_unit FROM sla_definition WHERE service_id = s.id ORDER BY version DESC LIMIT 1) d ON true
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
