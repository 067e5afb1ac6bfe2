import { DIGITAL_CHANNELS } from '../series/series-figures';

/**
 * Which rollup rows a range is read from: `day` rows only (day and week periods); whole `month`s of
 * every dimension (requesting-agency filters or breakdowns); whole months per service and channel
 * (`channel-month`: channel filters or breakdowns, e.g. volumes by channel); or whole months per
 * `service` only (national, entity and service figures, a few hundred rows a month).
 */
export type RollupGrain = 'day' | 'month' | 'channel-month' | 'service-month';

const KEY = 'service_id, agency_id, requesting_agency_id, channel';

/** The column as read from rows that carry `channel` (`opened_digital` is derived from it there). */
function columnSql(column: string): string {
  if (column !== 'opened_digital') return column;
  return `CASE WHEN channel IN (${DIGITAL_CHANNELS.map((channel) => `'${channel}'`).join(', ')}) THEN opened ELSE 0 END AS opened_digital`;
}

/**
 * A FROM item of rollup rows over the local dates `from`..`to` (two SQL parameters), with the key
 * columns, `day` and the given counters (`opened_digital`: opened on web, mobile or api). Whole
 * months come from the month tables (their first day stands in as `day`), the partial months at
 * either end from `sla_rollup_day` (the current month counts as whole for a range reaching today); sums over it equal sums over the day rows of the range. With
 * `service-month`, `requesting_agency_id` and `channel` are null, with `channel-month`
 * `requesting_agency_id` is: filter or break down by them with a grain that has them.
 */
export function rollupSourceSql(fromParam: string, toParam: string, columns: readonly string[], grain: RollupGrain): string {
  const dayColumns = columns.map(columnSql).join(', ');
  const days = `SELECT ${KEY}, day, ${dayColumns} FROM sla_rollup_day WHERE day BETWEEN ${fromParam}::date AND ${toParam}::date`;
  if (grain === 'day') return `(${days})`;
  const fullStart = `(date_trunc('month', ${fromParam}::date - 1) + interval '1 month')::date`;
  // No rollup row lies after today (events from the future are not folded yet), so a range that
  // reaches today also covers the rest of its month: read that month whole from the month table.
  const fullEnd = `CASE WHEN ${toParam}::date >= (now() AT TIME ZONE 'Asia/Qatar')::date
    THEN (date_trunc('month', ${toParam}::date) + interval '1 month')::date ELSE date_trunc('month', ${toParam}::date + 1)::date END`;
  // The month tables are scanned whole: their bounds as sub-selects are computed once, not per row
  // (a filter calling date_trunc and now() cost about half of a two-year read). The day rows keep
  // the plain bounds, which the planner can estimate to choose the day index.
  return `(${days} AND (day < ${fullStart} OR day >= ${fullEnd})
    UNION ALL
    ${monthRowsSql(columns, grain)} WHERE month >= (SELECT ${fullStart}) AND month < (SELECT ${fullEnd}))`;
}

/** The month table of the grain with the key columns of the day rows (null where it has none). */
function monthRowsSql(columns: readonly string[], grain: Exclude<RollupGrain, 'day'>): string {
  const withChannel = columns.map(columnSql).join(', ');
  if (grain === 'month') return `SELECT ${KEY}, month AS day, ${withChannel} FROM sla_rollup_month`;
  if (grain === 'channel-month') return `SELECT service_id, agency_id, NULL::int AS requesting_agency_id, channel, month AS day, ${withChannel} FROM sla_rollup_channel_month`;
  return `SELECT service_id, agency_id, NULL::int AS requesting_agency_id, NULL::text AS channel, month AS day, ${columns.join(', ')} FROM sla_rollup_service_month`;
}
