import { NotFoundException } from '@nestjs/common';
import { AuthenticatedUser } from '@ws/server-access';
import { EntityManager } from 'typeorm';
import { ScopeFilter } from './query-fields';

/** Scope filters as ids; null: not filtered. */
export interface ResolvedScope {
  agencyId: number | null;
  serviceId: number | null;
  requestingAgencyId: number | null;
  channel: string | null;
}

/** The same answer for "does not exist" and "not yours": no hint that another agency's data exists. */
function notFound(kind: string, code: string): NotFoundException {
  return new NotFoundException(`No ${kind} ${code} in what you may see.`);
}

async function agencyId(manager: EntityManager, code: string): Promise<number> {
  const rows: { id: number }[] = await manager.query(`SELECT id FROM agency WHERE code = $1`, [code]);
  if (!rows[0]) throw notFound('agency', code);
  return rows[0].id;
}

async function serviceOf(manager: EntityManager, code: string): Promise<{ id: number; agencyId: number }> {
  const rows: { id: number; agencyId: number }[] = await manager.query(`SELECT id, agency_id AS "agencyId" FROM service WHERE code = $1`, [code]);
  if (!rows[0]) throw notFound('service', code);
  return rows[0];
}

/**
 * Codes to ids, with the read rule of event-feed.md: an agency manager sees its own agency in full
 * and other agencies only in national aggregates. So a manager may filter by its own agency (and
 * its services), or ask for the nation (optionally only the requests its agency made); any other
 * agency's or service's figures answer 404, like an unknown code. Central office and leadership see all.
 */
export async function resolveScope(manager: EntityManager, user: AuthenticatedUser, filter: ScopeFilter): Promise<ResolvedScope> {
  const own = user.role === 'agency_manager' ? user.agencyCode : null;
  if (user.role === 'agency_manager') {
    if (filter.agency !== undefined && filter.agency !== own) throw notFound('agency', filter.agency);
    if (filter.agency === undefined && filter.requestingAgency !== undefined && filter.requestingAgency !== own) {
      throw notFound('agency', filter.requestingAgency);
    }
  }
  const scope: ResolvedScope = {
    agencyId: filter.agency === undefined ? null : await agencyId(manager, filter.agency),
    serviceId: null,
    requestingAgencyId: filter.requestingAgency === undefined ? null : await agencyId(manager, filter.requestingAgency),
    channel: filter.channel ?? null,
  };
  if (filter.service !== undefined) {
    const service = await serviceOf(manager, filter.service);
    const visible = own === null || service.agencyId === user.agencyId;
    if (!visible || (scope.agencyId !== null && service.agencyId !== scope.agencyId)) throw notFound('service', filter.service);
    scope.serviceId = service.id;
  }
  return scope;
}

/** The agency a manager is limited to in per-entity breakdowns; null for roles that see all. */
export function ownAgencyId(user: AuthenticatedUser): number | null {
  return user.role === 'agency_manager' ? user.agencyId : null;
}
