import { NamedRef } from '@ws/contracts';
import { EntityManager } from 'typeorm';
import { rollupSourceSql } from '../sql/rollup-source';

export interface AgencyCounts {
  agency: NamedRef;
  met: number;
  breached: number;
  responses: number;
  satisfied: number;
  servicesInScope: number;
  servicesDigitised: number;
}

export interface PairCounts {
  requesting: string;
  providing: string;
  met: number;
  breached: number;
  opened: number;
}

/** Per providing entity: first-cycle outcomes and responses of its in-scope services, and its catalogue. */
export async function agencyCounts(manager: EntityManager, from: string, to: string): Promise<AgencyCounts[]> {
  const rows: (Omit<AgencyCounts, 'agency'> & NamedRef)[] = await manager.query(
    `WITH sums AS (
       SELECT r.agency_id, sum(r.met)::int AS met, sum(r.breached)::int AS breached,
         sum(r.csat_responses)::int AS responses, sum(r.csat_satisfied)::int AS satisfied
       FROM ${rollupSourceSql({ from, to }, ['met', 'breached', 'csat_responses', 'csat_satisfied'], 'service-month')} r
       WHERE r.service_id IN (SELECT id FROM service WHERE in_scope)
       GROUP BY r.agency_id
     ), catalogue AS (
       SELECT agency_id, count(*)::int AS in_scope, count(*) FILTER (WHERE digitised)::int AS digitised
       FROM service WHERE active AND in_scope GROUP BY agency_id
     )
     SELECT a.code, a.name_ar AS "nameAr", a.name_en AS "nameEn",
       COALESCE(x.met, 0) AS met, COALESCE(x.breached, 0) AS breached, COALESCE(x.responses, 0) AS responses, COALESCE(x.satisfied, 0) AS satisfied,
       COALESCE(c.in_scope, 0) AS "servicesInScope", COALESCE(c.digitised, 0) AS "servicesDigitised"
     FROM agency a LEFT JOIN sums x ON x.agency_id = a.id LEFT JOIN catalogue c ON c.agency_id = a.id
     WHERE x.agency_id IS NOT NULL OR c.agency_id IS NOT NULL`,
    [from, to],
  );
  return rows.map(({ code, nameAr, nameEn, ...counts }) => ({ agency: { code, nameAr, nameEn }, ...counts }));
}

/** Inter-entity requests (requesting agency set): first-cycle outcomes per requesting x providing pair. */
export async function pairCounts(manager: EntityManager, from: string, to: string): Promise<PairCounts[]> {
  return manager.query(
    `SELECT q.code AS requesting, p.code AS providing, sum(r.met)::int AS met, sum(r.breached)::int AS breached, sum(r.opened)::int AS opened
     FROM ${rollupSourceSql({ from, to }, ['met', 'breached', 'opened'], 'month')} r JOIN agency q ON q.id = r.requesting_agency_id JOIN agency p ON p.id = r.agency_id
     WHERE r.requesting_agency_id <> 0
     GROUP BY q.code, p.code HAVING sum(r.met) + sum(r.breached) + sum(r.opened) > 0
     ORDER BY q.code, p.code`,
    [from, to],
  );
}

export async function agencyNames(manager: EntityManager, codes: readonly string[]): Promise<NamedRef[]> {
  return manager.query(`SELECT code, name_ar AS "nameAr", name_en AS "nameEn" FROM agency WHERE code = ANY($1) ORDER BY code`, [codes]);
}
