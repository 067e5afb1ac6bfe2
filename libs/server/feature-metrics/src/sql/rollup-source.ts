import { qatarToday } from '../scorecard/year-range';
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-01` of the month `offset` months after the date's. */
function monthStart(date: string, offset: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + offset;
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}

/**
 * The whole months of the local dates `from`..`to`, as `[start, end)` first days. No rollup row lies
 * after `today` (events from the future are not folded yet), so a range that reaches today also
 * covers the rest of its month: that month counts as whole.
 */
export function wholeMonths(from: string, to: string, today: string): { start: string; end: string } {
  const start = from.endsWith('-01') ? from : monthStart(from, 1);
  const lastDay = new Date(Date.parse(`${monthStart(to, 1)}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const end = to >= today || to === lastDay ? monthStart(to, 1) : monthStart(to, 0);
  return { start, end };
}

/**
 * A FROM item of rollup rows over the local dates `from`..`to` (the SQL parameters `$1` and `$2`,
 * whose values are given too), with the key columns, `day` and the given counters (`opened_digital`:
 * opened on web, mobile or api). Whole months (`wholeMonths`) come from the month tables (their
 * first day stands in as `day`), the partial months at either end from `sla_rollup_day`; sums over
 * it equal sums over the day rows of the range. With `service-month`, `requesting_agency_id` and
 * `channel` are null, with `channel-month` `requesting_agency_id` is: filter or break down by them
 * with a grain that has them. The month bounds are written as date literals (computed here from
 * checked dates), so the planner knows how few day rows the ends are.
 */
export function rollupSourceSql(range: { from: string; to: string }, columns: readonly string[], grain: RollupGrain, now = new Date()): string {
  const days = `SELECT ${KEY}, day, ${columns.map(columnSql).join(', ')} FROM sla_rollup_day`;
  if (grain === 'day') return `(${days} WHERE day BETWEEN $1::date AND $2::date)`;
  const { start, end } = wholeMonths(range.from, range.to, qatarToday(now));
  if (![start, end].every((date) => DATE.test(date))) throw new Error(`Not a date range: ${range.from}..${range.to}`);
  // Two plain ranges (not BETWEEN and an OR), which the planner estimates as the few rows they are.
  return `(${days} WHERE (day >= $1::date AND day < '${start}'::date) OR (day >= '${end}'::date AND day <= $2::date)
    UNION ALL
    ${monthRowsSql(columns, grain)} WHERE month >= '${start}'::date AND month < '${end}'::date)`;
}

/** The month table of the grain with the key columns of the day rows (null where it has none). */
function monthRowsSql(columns: readonly string[], grain: Exclude<RollupGrain, 'day'>): string {
  const withChannel = columns.map(columnSql).join(', ');
  if (grain === 'month') return `SELECT ${KEY}, month AS day, ${withChannel} FROM sla_rollup_month`;
  if (grain === 'channel-month') return `SELECT service_id, agency_id, NULL::int AS requesting_agency_id, channel, month AS day, ${withChannel} FROM sla_rollup_channel_month`;
  return `SELECT service_id, agency_id, NULL::int AS requesting_agency_id, NULL::text AS channel, month AS day, ${columns.join(', ')} FROM sla_rollup_service_month`;
}
