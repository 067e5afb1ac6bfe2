import { ANOMALY_KINDS, AnomalyKind } from '@ws/contracts';
import { FieldChecker } from '@ws/server-validation';

export const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 50;
/** Asia/Qatar keeps +03:00 all year: a local date starts at 00:00+03:00. */
const QATAR_OFFSET = '+03:00';

export interface AnomaliesRequest {
  kind: AnomalyKind;
  from: string | null;
  to: string | null;
  /** `[from 00:00, the day after to 00:00)` in Asia/Qatar. */
  fromInstant: Date | null;
  toInstant: Date | null;
  page: number;
  pageSize: number;
}

function wholeNumber(check: FieldChecker, field: string, fallback: number, max: number): number {
  const raw = check.raw(field);
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    check.fail(field, 'range', `must be a whole number from 1 to ${max}`);
    return fallback;
  }
  return Number(raw);
}

function optionalDate(check: FieldChecker, field: string): string | null {
  return check.raw(field) === undefined ? null : check.date(field) || null;
}

/** Reads `kind`, `from`, `to`, `page` and `pageSize` of the query, naming every bad one (400). */
export function parseAnomaliesRequest(query: Record<string, unknown>): AnomaliesRequest {
  const check = new FieldChecker(query);
  const kind = check.oneOf('kind', ANOMALY_KINDS, 'rejected');
  const from = optionalDate(check, 'from');
  const to = optionalDate(check, 'to');
  if (from && to && to < from) check.fail('to', 'not-before-from', 'must not be before from');
  const page = wholeNumber(check, 'page', 1, 1_000_000);
  const pageSize = wholeNumber(check, 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  check.done();
  const dayAfter = (date: string): Date => new Date(Date.parse(`${date}T00:00:00${QATAR_OFFSET}`) + 86_400_000);
  return {
    kind,
    from,
    to,
    fromInstant: from ? new Date(`${from}T00:00:00${QATAR_OFFSET}`) : null,
    toInstant: to ? dayAfter(to) : null,
    page,
    pageSize,
  };
}
