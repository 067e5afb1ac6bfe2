import { MetricsInterval } from '@ws/contracts';
import { periodsBetween } from '@ws/sla-engine';
import { EntityManager } from 'typeorm';
import { ResolvedScope } from '../query/resolve-scope';
import { periodSql } from './period-sql';
import { RollupGrain, rollupSourceSql } from './rollup-source';
import { ROLLUP_COLUMNS, scopeSql } from './scope-sql';

/** Counters of `sla_rollup_day` (docs/ingestion.md) that the read side sums. */
export const ROLLUP_COUNTERS = [
  'decided', 'met', 'breached', 'decided_all', 'met_all', 'breached_all', 'opened', 'reopened', 'resolved', 'cancelled',
  'processed', 'csat_responses', 'csat_satisfied',
] as const;
export type RollupCounter = (typeof ROLLUP_COUNTERS)[number];

export type CounterSums<K extends RollupCounter> = Record<K, number>;

export interface PeriodWindow {
  from: string;
  to: string;
  interval: MetricsInterval;
}

/** The coarsest rollup rows that still carry what the query filters or breaks down by. */
function grainOf(interval: MetricsInterval, scope: ResolvedScope, extra: string | undefined): RollupGrain {
  if (interval === 'day' || interval === 'week') return 'day';
  if (scope.requestingAgencyId !== null) return 'month';
  return scope.channel !== null || extra === 'channel' ? 'channel-month' : 'service-month';
}

function sumsSql(counters: readonly RollupCounter[]): string {
  return counters.map((counter) => `COALESCE(sum(r.${counter}), 0)::int AS ${counter}`).join(', ');
}

/** Sums of the counters per period (and per `extra` column, e.g. channel) over the scope. */
export async function sumRollups<K extends RollupCounter>(
  manager: EntityManager,
  window: PeriodWindow,
  scope: ResolvedScope,
  counters: readonly K[],
  extra?: 'channel' | 'service_id' | 'agency_id',
): Promise<({ period: string; key: string | number } & CounterSums<K>)[]> {
  const params: unknown[] = [window.from, window.to];
  const where = scopeSql(scope, ROLLUP_COLUMNS, params);
  const key = extra ? `r.${extra}` : `''`;
  // Sum per stored date first (a cheap key), then label the few dates with their period.
  return manager.query(
    `SELECT ${periodSql(window.interval, 'd.day')} AS period, d.key, ${counters.map((counter) => `sum(d.${counter})::int AS ${counter}`).join(', ')}
     FROM (SELECT r.day, ${key} AS key, ${sumsSql(counters)}
           FROM ${rollupSourceSql(window, counters, grainOf(window.interval, scope, extra))} r WHERE true${where}
           GROUP BY 1, 2) d
     GROUP BY 1, 2`,
    params,
  );
}

/** Every period of the window, in order, with the summed counters (zeros where nothing happened). */
export async function sumRollupsPerPeriod<K extends RollupCounter>(
  manager: EntityManager,
  window: PeriodWindow,
  scope: ResolvedScope,
  counters: readonly K[],
): Promise<({ period: string } & CounterSums<K>)[]> {
  const rows = await sumRollups(manager, window, scope, counters);
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  const zero = Object.fromEntries(counters.map((counter) => [counter, 0])) as CounterSums<K>;
  return periodsBetween(window.from, window.to, window.interval).map((period) => {
    const row = byPeriod.get(period);
    const sums = { ...zero };
    if (row) for (const counter of counters) sums[counter] = row[counter];
    return { period, ...sums };
  });
}
