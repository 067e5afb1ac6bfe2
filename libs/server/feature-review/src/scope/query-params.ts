import { FieldChecker } from '@ws/server-validation';

const INTEGER = /^\d{1,9}$/;

/** Query strings as FieldChecker input: whole numbers become numbers, everything else stays a string. */
function asCheckerInput(query: Record<string, unknown>, numeric: readonly string[]): Record<string, unknown> {
  const input: Record<string, unknown> = { ...query };
  for (const field of numeric) {
    const value = input[field];
    if (typeof value === 'string' && INTEGER.test(value)) input[field] = Number(value);
  }
  return input;
}

/** A checker over query parameters, so bad input is a 400 with `{ field, rule, message }` like bodies. */
export function queryChecker(query: Record<string, unknown>, numeric: readonly string[] = ['page', 'pageSize']): FieldChecker {
  return new FieldChecker(asCheckerInput(query, numeric));
}

export interface Paging {
  page: number;
  pageSize: number;
}

export const MAX_PAGE_SIZE = 200;

/** `page` (from 1) and `pageSize` (1..200, default 50). */
export function readPaging(check: FieldChecker): Paging {
  return {
    page: check.number('page', { min: 1, max: 1_000_000, integer: true }, 1),
    pageSize: check.number('pageSize', { min: 1, max: MAX_PAGE_SIZE, integer: true }, 50),
  };
}

/** An optional parameter: undefined when absent, else checked by `read`. */
export function optional<T>(check: FieldChecker, field: string, read: (field: string) => T): T | undefined {
  return check.raw(field) === undefined ? undefined : read(field);
}

/** An ISO 8601 instant with an offset (`2026-03-01T10:00:00+03:00`). */
export function readInstant(check: FieldChecker, field: string): Date {
  const value = check.raw(field);
  const valid = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
  if (!valid) {
    check.fail(field, 'instant', 'must be an ISO 8601 instant with an offset, e.g. 2026-03-01T10:00:00+03:00');
    return new Date(0);
  }
  return new Date(value);
}

/**
 * A local date `YYYY-MM-DD`. Impossible dates (`2026-13-01`) are refused here first: FieldChecker's
 * `date` throws on them instead of reporting the field.
 */
export function readDate(check: FieldChecker, field: string): string {
  const value = check.raw(field);
  if (typeof value === 'string' && Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    check.fail(field, 'date', 'must be a date YYYY-MM-DD');
    return '';
  }
  return check.date(field);
}
