import { Injectable } from '@nestjs/common';
import { OpenDataMonthlyResponse, OpenDataRow } from '@ws/contracts';
import { adherenceOf, csatFromCounts, periodsBetween } from '@ws/sla-engine';
import { DataSource } from 'typeorm';
import { yearRange } from '../scorecard/year-range';
import { rollupSourceSql } from '../sql/rollup-source';

type Counts = Pick<OpenDataRow, 'met' | 'decided' | 'responses' | 'satisfied' | 'opened' | 'resolved' | 'openedDigital'>;
type EntityMonth = Counts & { month: string; code: string; nameAr: string; nameEn: string };

export const OPEN_DATA_LICENCE = 'Open data: free to reuse with attribution. Monthly aggregates of in-scope services; no case-level data.';
const NATIONAL = { code: 'national', nameAr: 'دولة قطر', nameEn: 'State of Qatar' };
const COUNTS: (keyof Counts)[] = ['met', 'decided', 'responses', 'satisfied', 'opened', 'resolved', 'openedDigital'];

function row(month: string, entity: { code: string; nameAr: string; nameEn: string }, counts: Counts): OpenDataRow {
  return {
    month,
    entity: entity.code,
    entityNameAr: entity.nameAr,
    entityNameEn: entity.nameEn,
    ...counts,
    adherence: adherenceOf({ met: counts.met, breached: counts.decided - counts.met }),
    csat: csatFromCounts(counts.satisfied, counts.responses).csat,
  };
}

/** The public monthly figures of a year: national and per entity, aggregates only. */
@Injectable()
export class OpenDataService {
  constructor(private readonly dataSource: DataSource) {}

  async monthly(year: number, now: Date): Promise<OpenDataMonthlyResponse> {
    const { from, to } = yearRange(year, now);
    const entityMonths: EntityMonth[] = await this.dataSource.query(
      `SELECT to_char(d.day, 'YYYY-MM') AS month, a.code, a.name_ar AS "nameAr", a.name_en AS "nameEn",
         sum(d.met)::int AS met, sum(d.decided)::int AS decided, sum(d.responses)::int AS responses, sum(d.satisfied)::int AS satisfied,
         sum(d.opened)::int AS opened, sum(d.resolved)::int AS resolved, COALESCE(sum(d.opened_digital), 0)::int AS "openedDigital"
       FROM (SELECT r.day, r.agency_id, sum(r.met) AS met, sum(r.decided) AS decided, sum(r.csat_responses) AS responses, sum(r.csat_satisfied) AS satisfied,
               sum(r.opened) AS opened, sum(r.resolved) AS resolved, sum(r.opened_digital) AS opened_digital
             FROM ${rollupSourceSql({ from, to }, ['met', 'decided', 'csat_responses', 'csat_satisfied', 'opened', 'resolved', 'opened_digital'], 'service-month', now)} r
             WHERE r.service_id IN (SELECT id FROM service WHERE in_scope)
             GROUP BY r.day, r.agency_id) d
         JOIN agency a ON a.id = d.agency_id
       GROUP BY 1, a.id ORDER BY 1, a.code`,
      [from, to],
    );
    const [demo]: { demo: boolean }[] = await this.dataSource.query(`SELECT COALESCE(bool_or(demo), false) AS demo FROM service WHERE in_scope`);
    const rows = periodsBetween(from, to, 'month').flatMap((month) => {
      const entities = entityMonths.filter((entity) => entity.month === month);
      const national = Object.fromEntries(COUNTS.map((name) => [name, entities.reduce((sum, entity) => sum + entity[name], 0)])) as Counts;
      return [row(month, NATIONAL, national), ...entities.map((entity) => row(month, entity, entity))];
    });
    return { year, licence: OPEN_DATA_LICENCE, demo: demo?.demo ?? false, rows };
  }
}
