const KEY = 'service_id, agency_id, requesting_agency_id, channel';

/**
 * A FROM item of rollup rows over the local dates `from`..`to` (two SQL parameters): whole months
 * come from `sla_rollup_month` (its `month`, the first day, stands in as `day`), the partial months at
 * either end from `sla_rollup_day`. Sums over it equal sums over the day rows of the range; the
 * per-row `day` may only be grouped by month, quarter or year. With `daysOnly`, day rows alone
 * (for day and week periods).
 */
export function rollupSourceSql(fromParam: string, toParam: string, columns: readonly string[], daysOnly = false): string {
  const list = columns.join(', ');
  const days = `SELECT ${KEY}, day, ${list} FROM sla_rollup_day WHERE day BETWEEN ${fromParam}::date AND ${toParam}::date`;
  if (daysOnly) return `(${days})`;
  const fullStart = `(date_trunc('month', ${fromParam}::date - 1) + interval '1 month')::date`;
  const fullEnd = `date_trunc('month', ${toParam}::date + 1)::date`;
  return `(${days} AND (day < ${fullStart} OR day >= ${fullEnd})
    UNION ALL
    SELECT ${KEY}, month AS day, ${list} FROM sla_rollup_month WHERE month >= ${fullStart} AND month < ${fullEnd})`;
}
