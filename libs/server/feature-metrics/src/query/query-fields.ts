import { CHANNELS, Channel, MetricsInterval } from '@ws/contracts';
import { FieldChecker } from '@ws/server-validation';

export const INTERVALS: readonly MetricsInterval[] = ['day', 'week', 'month', 'quarter', 'year'];
const MAX_RANGE_DAYS = 3660;

/** Query-string fields that select the entity, service, requester and channel. */
export interface ScopeFilter {
  agency?: string;
  service?: string;
  requestingAgency?: string;
  channel?: Channel;
}

export interface DateRange {
  from: string;
  to: string;
}

/** A FieldChecker over a query string that also refuses parameters it does not know. */
export function queryChecker(query: unknown, known: readonly string[]): FieldChecker {
  const check = new FieldChecker(query ?? {});
  for (const name of Object.keys((query ?? {}) as object)) {
    if (!known.includes(name)) check.fail(name, 'unknown', `is not a parameter of this endpoint (known: ${known.join(', ')})`);
  }
  return check;
}

export function optionalCode(check: FieldChecker, field: string): string | undefined {
  return check.raw(field) === undefined ? undefined : check.code(field);
}

/** Inclusive local dates `from`..`to` (Asia/Qatar), at most ten years apart. */
export function dateRange(check: FieldChecker): DateRange {
  const from = check.date('from');
  const to = check.date('to');
  if (from && to && to < from) check.fail('to', 'not-before-from', 'must not be before from');
  if (from && to && (Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS) {
    check.fail('to', 'max-range', `must be at most ${MAX_RANGE_DAYS} days after from`);
  }
  return { from, to };
}

export function scopeFilter(check: FieldChecker): ScopeFilter {
  return {
    agency: optionalCode(check, 'agency'),
    service: optionalCode(check, 'service'),
    requestingAgency: optionalCode(check, 'requestingAgency'),
    channel: check.raw('channel') === undefined ? undefined : check.oneOf('channel', CHANNELS),
  };
}

/** `format=json|csv` is read by the CSV interceptor; here it is only checked. */
export function checkFormat(check: FieldChecker): void {
  if (check.raw('format') !== undefined) check.oneOf('format', ['json', 'csv'] as const);
}
