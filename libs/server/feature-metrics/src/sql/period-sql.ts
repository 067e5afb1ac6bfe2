import { MetricsInterval } from '@ws/contracts';

/** Asia/Qatar local date of a timestamptz column. */
export function localDateSql(column: string): string {
  return `(${column} AT TIME ZONE 'Asia/Qatar')::date`;
}

/**
 * The period label (the same strings as `periodLabel` of @ws/sla-engine) of a local date
 * expression: weeks run Sunday to Saturday and are labelled by their Sunday.
 */
export function periodSql(interval: MetricsInterval, dateExpression: string): string {
  switch (interval) {
    case 'day':
      return `to_char(${dateExpression}, 'YYYY-MM-DD')`;
    case 'week':
      return `to_char(${dateExpression} - extract(dow FROM ${dateExpression})::int, 'YYYY-MM-DD')`;
    case 'month':
      return `to_char(${dateExpression}, 'YYYY-MM')`;
    case 'quarter':
      return `to_char(${dateExpression}, 'YYYY-"Q"Q')`;
    case 'year':
      return `to_char(${dateExpression}, 'YYYY')`;
  }
}

/** The instants `[start, end)` of the local dates `from`..`to` inclusive, as SQL over two parameters. */
export function instantRangeSql(fromParam: string, toParam: string): { start: string; end: string } {
  return {
    start: `(${fromParam}::date)::timestamp AT TIME ZONE 'Asia/Qatar'`,
    end: `(${toParam}::date + 1)::timestamp AT TIME ZONE 'Asia/Qatar'`,
  };
}
