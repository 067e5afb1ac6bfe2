import { ReviewCodeName } from '@ws/contracts';
import { EntityManager } from 'typeorm';
import { addDays } from '../scope/qatar-dates';
import { BudgetCounts } from './budget-figures';
import { Quarter } from './quarter';

export interface ServiceCounts {
  agencyId: number;
  serviceId: number;
  service: ReviewCodeName;
  counts: BudgetCounts;
}

interface Row {
  agency_id: number;
  service_id: number;
  code: string;
  name_ar: string;
  name_en: string;
  [counter: string]: number | string;
}

const window = (name: string, from: string, to: string) =>
  `COALESCE(sum(r.met) FILTER (WHERE r.day BETWEEN ${from} AND ${to}), 0)::int AS met_${name},
   COALESCE(sum(r.breached) FILTER (WHERE r.day BETWEEN ${from} AND ${to}), 0)::int AS breached_${name}`;

/**
 * First-cycle met and breached counts (the official KPI) of every service in scope from
 * `sla_rollup_day`: over the quarter, and over the 3 and 14 local days up to `windowEnd`.
 */
export async function serviceCounts(manager: EntityManager, quarter: Quarter, windowEnd: string, agencyId: number | null): Promise<ServiceCounts[]> {
  const from14 = addDays(windowEnd, -13);
  const rows: Row[] = await manager.query(
    `SELECT s.agency_id, s.id AS service_id, s.code, s.name_ar, s.name_en,
            ${window('q', '$1::date', '$2::date')}, ${window('d3', '$3::date', '$4::date')}, ${window('d14', '$5::date', '$4::date')}
     FROM service s
     LEFT JOIN sla_rollup_day r ON r.service_id = s.id AND r.day BETWEEN LEAST($1::date, $5::date) AND GREATEST($2::date, $4::date)
     WHERE $6::int IS NULL OR s.agency_id = $6
     GROUP BY s.id ORDER BY s.agency_id, s.code`,
    [quarter.from, quarter.to, addDays(windowEnd, -2), windowEnd, from14, agencyId],
  );
  const counts = (row: Row, name: string) => ({ met: Number(row[`met_${name}`]), breached: Number(row[`breached_${name}`]) });
  return rows.map((row) => ({
    agencyId: row.agency_id,
    serviceId: row.service_id,
    service: { code: row.code, nameAr: row.name_ar, nameEn: row.name_en },
    counts: { quarter: counts(row, 'q'), last3Days: counts(row, 'd3'), last14Days: counts(row, 'd14') },
  }));
}
