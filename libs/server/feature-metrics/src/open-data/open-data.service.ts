import { Injectable } from '@nestjs/common';
import { OpenDataMonthlyResponse, OpenDataRow } from '@ws/contracts';
import { adherenceOf, csatFromCounts, periodsBetween } from '@ws/sla-engine';
import { DataSource } from 'typeorm';
import { yearRange } from '../scorecard/year-range';
import { rollupSourceSql } from '../sql/rollup-source';
import { DIGITAL_CHANNELS } from '../series/series-figures';

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
      `SELECT to_char(r.day, 'YYYY-MM') AS month, a.code, a.name_ar AS "nameAr", a.name_en AS "nameEn",
         sum(r.met)::int AS met, sum(r.decided)::int AS decided, sum(r.csat_responses)::int AS responses, sum(r.csat_satisfied)::int AS satisfied,
         sum(r.opened)::int AS opened, sum(r.resolved)::int AS resolved, (sum(r.opened) FILTER (WHERE r.channel = ANY($3)))::int AS "openedDigital"
       FROM ${rollupSourceSql('$1', '$2', ['met', 'decided', 'csat_responses', 'csat_satisfied', 'opened', 'resolved'])} r
         JOIN service s ON s.id = r.service_id AND s.in_scope JOIN agency a ON a.id = r.agency_id
       GROUP BY 1, a.id ORDER BY 1, a.code`,
      [from, to, DIGITAL_CHANNELS],
    );
    const [demo]: { demo: boolean }[] = await this.dataSource.query(`SELECT COALESCE(bool_or(demo), false) AS demo FROM service WHERE in_scope`);
    const rows = periodsBetween(from, to, 'month').flatMap((month) => {
      const entities = entityMonths.filter((entity) => entity.month === month).map((entity) => ({ ...entity, openedDigital: entity.openedDigital ?? 0 }));
      const national = Object.fromEntries(COUNTS.map((name) => [name, entities.reduce((sum, entity) => sum + entity[name], 0)])) as Counts;
      return [row(month, NATIONAL, national), ...entities.map((entity) => row(month, entity, entity))];
    });
    return { year, licence: OPEN_DATA_LICENCE, demo: demo?.demo ?? false, rows };
  }
}
