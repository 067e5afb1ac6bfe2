import { DIGITAL_CHANNELS } from '../series/series-figures';

/**
 * Which rollup rows a range is read from: `day` rows only (day and week periods); whole `month`s of
 * every dimension (channel and requesting-agency filters or breakdowns); or whole months per
 * `service` only (national, entity and service figures, a few hundred rows a month).
 */
export type RollupGrain = 'day' | 'month' | 'service-month';

const KEY = 'service_id, agency_id, requesting_agency_id, channel';

function columnSql(column: string, fromDayRows: boolean): string {
  if (column !== 'opened_digital' || !fromDayRows) return column;
  return `CASE WHEN channel IN (${DIGITAL_CHANNELS.map((channel) => `'${channel}'`).join(', ')}) THEN opened ELSE 0 END AS opened_digital`;
}

/**
 * A FROM item of rollup rows over the local dates `from`..`to` (two SQL parameters), with the key
 * columns, `day` and the given counters (`opened_digital`: opened on web, mobile or api). Whole
 * months come from the month tables (their first day stands in as `day`), the partial months at
 * either end from `sla_rollup_day` (the current month counts as whole for a range reaching today); sums over it equal sums over the day rows of the range. With
 * `service-month`, `requesting_agency_id` and `channel` are null: filter on them with `month`.
 */
export function rollupSourceSql(fromParam: string, toParam: string, columns: readonly string[], grain: RollupGrain): string {
  const dayColumns = columns.map((column) => columnSql(column, true)).join(', ');
  const days = `SELECT ${KEY}, day, ${dayColumns} FROM sla_rollup_day WHERE day BETWEEN ${fromParam}::date AND ${toParam}::date`;
  if (grain === 'day') return `(${days})`;
  const fullStart = `(date_trunc('month', ${fromParam}::date - 1) + interval '1 month')::date`;
  // No rollup row lies after today (events from the future are not folded yet), so a range that
  // reaches today also covers the rest of its month: read that month whole from the month table.
  const fullEnd = `CASE WHEN ${toParam}::date >= (now() AT TIME ZONE 'Asia/Qatar')::date
    THEN (date_trunc('month', ${toParam}::date) + interval '1 month')::date ELSE date_trunc('month', ${toParam}::date + 1)::date END`;
  const months =
    grain === 'month'
      ? `SELECT ${KEY}, month AS day, ${columns.map((column) => columnSql(column, true)).join(', ')} FROM sla_rollup_month`
      : `SELECT service_id, agency_id, NULL::int AS requesting_agency_id, NULL::text AS channel, month AS day, ${columns.join(', ')} FROM sla_rollup_service_month`;
  return `(${days} AND (day < ${fullStart} OR day >= ${fullEnd})
    UNION ALL
    ${months} WHERE month >= ${fullStart} AND month < ${fullEnd})`;
}
