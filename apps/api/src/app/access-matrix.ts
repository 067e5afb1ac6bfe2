import type { RouteAccess } from '@ws/server-access';

/** Values for the required query parameters of a walk over the OpenAPI document's routes. */
export const QUERY_VALUES: Record<string, string> = {
  from: '2026-01-01',
  to: '2026-12-31',
  quarter: '2026-Q1',
  year: '2026',
  period: '2026-01',
  interval: 'month',
};

/** Who calls: nobody signed in, each role, and agency A's manager on agency B's resources. */
export const CALLERS = [
  'no token',
  'leadership',
  'manager A on B',
  'manager A on A',
  'central_office',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface MatrixOperation {
  method: string;
  path: string;
  access: RouteAccess;
  documented: number[];
}

const ROLE_OF: Record<Exclude<Caller, 'no token'>, string> = {
  leadership: 'leadership',
  'manager A on B': 'agency_manager',
  'manager A on A': 'agency_manager',
  central_office: 'central_office',
};

/**
 * The answer the OpenAPI document promises `caller` on `operation`: an exact denial (401, 403,
 * the 404 or 403 of agency scoping), or `allowed`: one of the documented statuses other than 401/403.
 */
export function promisedOutcome(operation: MatrixOperation, caller: Caller): number | 'allowed' {
  const { access } = operation;
  if (access.kind === 'public') return 'allowed';
  if (access.kind === 'guarded' || caller === 'no token') return 401;
  if (!access.roles.includes(ROLE_OF[caller] as (typeof access.roles)[number])) return 403;
  if (caller === 'manager A on B' && access.agencyScoped) return access.agencyScoped;
  return 'allowed';
}

/** Whether `status` keeps the promise (allowed: documented, and neither 401 nor 403 nor 5xx). */
export function keepsPromise(
  operation: MatrixOperation,
  promise: number | 'allowed',
  status: number,
): boolean {
  if (promise !== 'allowed') return status === promise && operation.documented.includes(status);
  return status !== 401 && status !== 403 && status < 500 && operation.documented.includes(status);
}

/** The matrix as text: one row per route, one column per caller, each cell the status seen. */
export function matrixTable(rows: { route: string; cells: Record<Caller, string> }[]): string {
  const width = Math.max(...rows.map((row) => row.route.length), 5);
  const header = ['route'.padEnd(width), ...CALLERS.map((caller) => caller.padEnd(15))].join(' | ');
  const lines = rows.map((row) =>
    [row.route.padEnd(width), ...CALLERS.map((caller) => row.cells[caller].padEnd(15))].join(' | '),
  );
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}
