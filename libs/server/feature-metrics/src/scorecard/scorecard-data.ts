import { EntityManager } from 'typeorm';
import { instantRangeSql, localDateSql } from '../sql/period-sql';
import { rollupSourceSql } from '../sql/rollup-source';

export const SCORECARD_COUNTERS = ['met', 'breached', 'decided', 'processed', 'csat_satisfied', 'csat_responses', 'opened', 'reopened'] as const;
export type ScorecardCounter = (typeof SCORECARD_COUNTERS)[number];
export type Counts = Record<ScorecardCounter, number>;

/** Rollup sums of one in-scope service and month; `openedDigital`: opened on web, mobile or api. */
export interface ServiceMonthCounts extends Counts {
  period: string;
  serviceId: number;
  openedDigital: number;
}

export interface CatalogueCounts {
  servicesInScope: number;
  servicesDigitised: number;
}

export interface ProcessingShare {
  period: string;
  p90Share: number;
  processed: number;
}

/** One pass over the rollups of the year: in-scope services x month. */
export async function serviceMonthCounts(manager: EntityManager, from: string, to: string): Promise<ServiceMonthCounts[]> {
  const sums = SCORECARD_COUNTERS.map((counter) => `sum(d.${counter})::int AS ${counter}`).join(', ');
  return manager.query(
    `SELECT to_char(d.month, 'YYYY-MM') AS period, d.service_id AS "serviceId", ${sums}, sum(d.opened_digital)::int AS "openedDigital"
     FROM (SELECT date_trunc('month', r.day) AS month, r.service_id, ${SCORECARD_COUNTERS.map((counter) => `sum(r.${counter}) AS ${counter}`).join(', ')},
             sum(r.opened_digital) AS opened_digital
           FROM ${rollupSourceSql('$1', '$2', [...SCORECARD_COUNTERS, 'opened_digital'], 'service-month')} r
           WHERE r.service_id IN (SELECT id FROM service WHERE in_scope)
           GROUP BY r.day, r.service_id) d
     GROUP BY 1, 2`,
    [from, to],
  );
}

/** Active in-scope services and those of them digitised end to end (the catalogue now). */
export async function catalogueCounts(manager: EntityManager): Promise<CatalogueCounts> {
  const rows: CatalogueCounts[] = await manager.query(
    `SELECT count(*)::int AS "servicesInScope", count(*) FILTER (WHERE digitised)::int AS "servicesDigitised"
     FROM service WHERE active AND in_scope`,
  );
  return rows[0] ?? { servicesInScope: 0, servicesDigitised: 0 };
}

/**
 * The national 90th percentile (nearest rank) of elapsed / target over in-scope first cycles
 * stopped in the range: per month (`YYYY-MM`) and for the whole range (period `all`).
 */
export async function processingShares(manager: EntityManager, from: string, to: string): Promise<ProcessingShare[]> {
  const { start, end } = instantRangeSql('$1', '$2');
  return manager.query(
    `SELECT COALESCE(month, 'all') AS period, percentile_disc(0.9) WITHIN GROUP (ORDER BY progress) AS "p90Share", count(*)::int AS processed
     FROM (SELECT to_char(${localDateSql('c.stopped_at')}, 'YYYY-MM') AS month, c.progress
           FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk JOIN service s ON s.id = k.service_id AND s.in_scope
           WHERE c.cycle = 1 AND c.status IN ('met', 'breached') AND c.stopped_at >= ${start} AND c.stopped_at < ${end}) stopped
     GROUP BY GROUPING SETS ((month), ())`,
    [from, to],
  );
}
