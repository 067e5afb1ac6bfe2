import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { ReviewCodeName } from '@ws/contracts';
import { AuthenticatedUser } from '@ws/server-access';
import { EntityManager } from 'typeorm';

export interface AgencyRef extends ReviewCodeName {
  id: number;
}

async function agencyByCode(manager: EntityManager, code: string): Promise<AgencyRef | null> {
  const [row]: AgencyRef[] = await manager.query(`SELECT id, code, name_ar AS "nameAr", name_en AS "nameEn" FROM agency WHERE code = $1`, [code]);
  return row ?? null;
}

/**
 * The agency whose case data is asked for by path. An unknown agency, and for an agency manager
 * any agency but their own, give the same 404 as an unknown case: no hint that it exists.
 */
export async function caseAgency(manager: EntityManager, user: AuthenticatedUser, code: string, notFound: () => NotFoundException): Promise<AgencyRef> {
  const agency = await agencyByCode(manager, code);
  if (!agency || (user.role === 'agency_manager' && agency.id !== user.agencyId)) throw notFound();
  return agency;
}

/**
 * The agency filter of a list. Agency managers see their own agency only: no filter means theirs,
 * another agency is refused (403). Other roles may filter any agency or none (null: every agency).
 */
export async function listAgency(manager: EntityManager, user: AuthenticatedUser, code: string | undefined): Promise<AgencyRef | null> {
  if (user.role === 'agency_manager') {
    if (code !== undefined && code !== user.agencyCode) {
      throw new ForbiddenException('An agency manager sees the case-level data of their own agency only.');
    }
    const own = user.agencyCode === null ? null : await agencyByCode(manager, user.agencyCode);
    if (!own) throw new ForbiddenException('This agency manager is not attached to an agency.');
    return own;
  }
  if (code === undefined) return null;
  const agency = await agencyByCode(manager, code);
  if (!agency) {
    const message = `agency ${code} is not an agency of the catalogue`;
    throw new BadRequestException({ message, errors: [{ field: 'agency', rule: 'known-agency', message }] });
  }
  return agency;
}
