import { periodsBetween } from '@ws/sla-engine';
import { EntityManager } from 'typeorm';
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
export async function serviceMonthCounts(manager: EntityManager, from: string, to: string, now: Date): Promise<ServiceMonthCounts[]> {
  const sums = SCORECARD_COUNTERS.map((counter) => `sum(d.${counter})::int AS ${counter}`).join(', ');
  return manager.query(
    `SELECT to_char(d.month, 'YYYY-MM') AS period, d.service_id AS "serviceId", ${sums}, sum(d.opened_digital)::int AS "openedDigital"
     FROM (SELECT date_trunc('month', r.day) AS month, r.service_id, ${SCORECARD_COUNTERS.map((counter) => `sum(r.${counter}) AS ${counter}`).join(', ')},
             sum(r.opened_digital) AS opened_digital
           FROM ${rollupSourceSql({ from, to }, [...SCORECARD_COUNTERS, 'opened_digital'], 'service-month', now)} r
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

/** In-scope first cycles stopped (met or breached): what the month index on progress holds, less the services out of scope. */
const IN_SCOPE_FIRST_STOPPED = `c.cycle = 1 AND c.status IN ('met', 'breached') AND c.service_id IS NOT NULL AND c.service_id NOT IN (SELECT id FROM service WHERE NOT in_scope)`;
const MONTH_OF_STOP = `date_trunc('month', c.stopped_at AT TIME ZONE 'Asia/Qatar')`;
/** Places from the top of an ascending order of `n` values to the nearest-rank 90th percentile (as `percentile_disc`). */
const FROM_TOP = (n: string) => `(${n} - ceil(0.9::float8 * ${n}))::int`;

/**
 * The national 90th percentile (nearest rank) of elapsed / target over in-scope first cycles
 * stopped in each month of the range (`YYYY-MM`) and in the whole range (period `all`). Each
 * month's count is its rollups' `processed`; the percentile is the value that many places from the
 * top of the month's cycles in progress order (the month index, read backwards), and the range's
 * from the top of the months' orders merged: a walk over a tenth of the cycles, never a sort.
 */
export async function processingShares(manager: EntityManager, from: string, to: string): Promise<ProcessingShare[]> {
  const months = periodsBetween(from, to, 'month').map((month) => `${month}-01`);
  if (months.length === 0) return [];
  const counts = `WITH counts AS (
       SELECT r.month, sum(r.processed)::int AS n FROM sla_rollup_service_month r JOIN service s ON s.id = r.service_id AND s.in_scope
       WHERE r.month = ANY($1::date[]) GROUP BY r.month HAVING sum(r.processed) > 0)`;
  const fromTopOfMonth = (month: string) =>
    `SELECT c.progress FROM sla_cycle c WHERE ${IN_SCOPE_FIRST_STOPPED} AND ${MONTH_OF_STOP} = ${month}::timestamp ORDER BY c.progress DESC`;
  const [perMonth, whole] = await Promise.all([
    manager.query(
      `${counts}
       SELECT to_char(t.month, 'YYYY-MM') AS period, t.n AS processed, (${fromTopOfMonth('t.month')} OFFSET ${FROM_TOP('t.n')} LIMIT 1) AS "p90Share"
       FROM counts t`,
      [months],
    ) as Promise<ProcessingShare[]>,
    manager.query(
      `${counts}
       SELECT 'all' AS period, total.n AS processed,
         (SELECT u.progress FROM (${months.map((_month, index) => `(${fromTopOfMonth(`($1::date[])[${index + 1}]`)})`).join(' UNION ALL ')}) u
          ORDER BY u.progress DESC OFFSET ${FROM_TOP('total.n')} LIMIT 1) AS "p90Share"
       FROM (SELECT sum(n)::int AS n FROM counts) total WHERE total.n > 0`,
      [months],
    ) as Promise<ProcessingShare[]>,
  ]);
  return [...perMonth, ...whole];
}
