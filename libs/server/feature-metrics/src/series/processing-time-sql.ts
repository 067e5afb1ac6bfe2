import { MetricsInterval } from '@ws/contracts';
import { ResolvedScope } from '../query/resolve-scope';
import { periodSql } from '../sql/period-sql';
import { ScopeColumns, scopeSql } from '../sql/scope-sql';

const NATURAL_LENGTH: Partial<Record<MetricsInterval, string>> = { month: '1 month', quarter: '3 months', year: '1 year' };

/**
 * The periods of the local dates `$1`..`$2`: label, the instants `[starts, ends)` to read, and for a
 * cacheable interval whether the period is whole (its first day is in range and its last day is in
 * range or after today: nothing stops after now) with its natural first day and the day after it.
 * A whole period is read over its natural bounds.
 */
export function processingPeriodsSql(interval: MetricsInterval, cacheable: boolean): string {
  const length = NATURAL_LENGTH[interval];
  const natural = cacheable && length ? `date_trunc('${interval}', first_day)::date` : 'first_day';
  const naturalEnd = cacheable && length ? `(date_trunc('${interval}', first_day) + interval '${length}')::date` : 'last_day + 1';
  const whole = cacheable && length
    ? `first_day = natural_start AND (last_day + 1 = natural_end OR last_day >= (now() AT TIME ZONE 'Asia/Qatar')::date)`
    : 'false';
  return `SELECT period, natural_start, natural_end, whole,
       (CASE WHEN whole THEN natural_start ELSE first_day END)::timestamp AT TIME ZONE 'Asia/Qatar' AS starts,
       (CASE WHEN whole THEN natural_end ELSE last_day + 1 END)::timestamp AT TIME ZONE 'Asia/Qatar' AS ends
     FROM (SELECT *, ${whole} AS whole
           FROM (SELECT period, first_day, last_day, ${natural} AS natural_start, ${naturalEnd} AS natural_end
                 FROM (SELECT ${periodSql(interval, 'd::date')} AS period, min(d)::date AS first_day, max(d)::date AS last_day
                       FROM generate_series($1::date::timestamp, $2::date::timestamp, interval '1 day') AS d GROUP BY 1) days) bounds) periods`;
}

/** Where the filters apply: the service `s` (entity, service) and the cycle's case `k` (requesting entity, channel). */
const COLUMNS: ScopeColumns = { agency: 's.agency_id', service: 's.id', requestingAgency: 'k.requesting_agency_id', channel: 'k.channel' };

/** Conditions on the service `s`, and on the cycle's case (read from `sla_case` only when filtered on). */
export function processingScopeSql(scope: ResolvedScope, params: unknown[]): { services: string; cases: string } {
  const services = scopeSql({ ...scope, requestingAgencyId: null, channel: null }, COLUMNS, params);
  const cases = scopeSql({ ...scope, agencyId: null, serviceId: null }, COLUMNS, params);
  return { services, cases: cases === '' ? '' : ` AND EXISTS (SELECT 1 FROM sla_case k WHERE k.id = c.case_pk${cases})` };
}
