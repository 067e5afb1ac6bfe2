import { ResolvedScope } from '../query/resolve-scope';

export interface ScopeColumns {
  agency: string;
  service: string;
  requestingAgency: string;
  channel: string;
}

export const ROLLUP_COLUMNS: ScopeColumns = { agency: 'r.agency_id', service: 'r.service_id', requestingAgency: 'r.requesting_agency_id', channel: 'r.channel' };

/** `AND ...` conditions of the scope, appending their values to `params`. */
export function scopeSql(scope: ResolvedScope, columns: ScopeColumns, params: unknown[]): string {
  const conditions: string[] = [];
  const add = (column: string, value: unknown): void => {
    params.push(value);
    conditions.push(`${column} = $${params.length}`);
  };
  if (scope.agencyId !== null) add(columns.agency, scope.agencyId);
  if (scope.serviceId !== null) add(columns.service, scope.serviceId);
  if (scope.requestingAgencyId !== null) add(columns.requestingAgency, scope.requestingAgencyId);
  if (scope.channel !== null) add(columns.channel, scope.channel);
  return conditions.map((condition) => ` AND ${condition}`).join('');
}
