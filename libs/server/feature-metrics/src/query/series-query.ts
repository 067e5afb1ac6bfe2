import { CycleScope, MetricsInterval } from '@ws/contracts';
import { checkFormat, DateRange, dateRange, INTERVALS, optionalCode, queryChecker, ScopeFilter, scopeFilter } from './query-fields';

export interface SeriesQuery extends DateRange, ScopeFilter {
  interval: MetricsInterval;
  cycles: CycleScope;
}

const SCOPE_FIELDS = ['agency', 'service', 'requestingAgency', 'channel', 'format'];
const SERIES_FIELDS = ['from', 'to', 'interval', ...SCOPE_FIELDS];

/** `from`, `to`, `interval` and the scope filters; `cycles` only where `withCycles`. 400 names each bad field. */
export function parseSeriesQuery(query: unknown, withCycles = false): SeriesQuery {
  const check = queryChecker(query, withCycles ? [...SERIES_FIELDS, 'cycles'] : SERIES_FIELDS);
  const range = dateRange(check);
  const interval = check.oneOf('interval', INTERVALS);
  const cycles = withCycles ? check.oneOf('cycles', ['first', 'all'] as const, 'first') : 'first';
  const filter = scopeFilter(check);
  checkFormat(check);
  check.done();
  return { ...range, interval, cycles, ...filter };
}

/** The scope filters alone (figures "now", or of the catalogue). */
export function parseScopeQuery(query: unknown): ScopeFilter {
  const check = queryChecker(query, SCOPE_FIELDS);
  const filter = scopeFilter(check);
  checkFormat(check);
  check.done();
  return filter;
}

/** `from`..`to` (league, matrix), with an optional `agency` code where `withAgency`. */
export function parseRangeQuery(query: unknown, withAgency = false): DateRange & { agency?: string } {
  const check = queryChecker(query, withAgency ? ['from', 'to', 'agency', 'format'] : ['from', 'to', 'format']);
  const range = dateRange(check);
  const agency = withAgency ? optionalCode(check, 'agency') : undefined;
  checkFormat(check);
  check.done();
  return { ...range, ...(agency === undefined ? {} : { agency }) };
}

/** `year` (default: the current year in Asia/Qatar). */
export function parseYearQuery(query: unknown, currentYear: number): number {
  const check = queryChecker(query, ['year', 'format']);
  const raw = check.raw('year');
  const year = raw === undefined ? currentYear : Number(raw);
  if (typeof raw === 'string' && !/^\d{4}$/.test(raw)) check.fail('year', 'year', 'must be a year YYYY');
  else if (year < 2000 || year > 2100) check.fail('year', 'range', 'must be between 2000 and 2100');
  checkFormat(check);
  check.done();
  return year;
}

/** No parameter but `format`. */
export function parseNoQuery(query: unknown): void {
  const check = queryChecker(query, ['format']);
  checkFormat(check);
  check.done();
}
