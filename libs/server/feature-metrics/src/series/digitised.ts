import { DigitisedResponse, DigitisedRow } from '@ws/contracts';
import { EntityManager } from 'typeorm';
import { shareOf } from './series-figures';

/** Active, in-scope services of the catalogue offered fully online, per entity and nationally (the catalogue now; no history). */
export async function digitisedByAgency(manager: EntityManager, agencyId: number | null, target: number): Promise<DigitisedResponse> {
  const rows: { code: string; nameAr: string; nameEn: string; inScope: number; digitised: number }[] = await manager.query(
    `SELECT a.code, a.name_ar AS "nameAr", a.name_en AS "nameEn",
       count(s.id)::int AS "inScope", count(s.id) FILTER (WHERE s.digitised)::int AS digitised
     FROM agency a JOIN service s ON s.agency_id = a.id AND s.active AND s.in_scope
     WHERE $1::int IS NULL OR a.id = $1
     GROUP BY a.id ORDER BY a.code`,
    [agencyId],
  );
  const agencies = rows.map(
    (row): DigitisedRow => ({
      agency: { code: row.code, nameAr: row.nameAr, nameEn: row.nameEn },
      servicesInScope: row.inScope,
      servicesDigitised: row.digitised,
      share: shareOf(row.digitised, row.inScope),
    }),
  );
  const servicesInScope = agencies.reduce((sum, row) => sum + row.servicesInScope, 0);
  const servicesDigitised = agencies.reduce((sum, row) => sum + row.servicesDigitised, 0);
  return { target, national: { servicesInScope, servicesDigitised, share: shareOf(servicesDigitised, servicesInScope) }, agencies };
}
