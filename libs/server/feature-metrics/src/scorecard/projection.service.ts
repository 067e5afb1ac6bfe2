import { Injectable } from '@nestjs/common';
import { KpiProjection, ProjectionMethodCode, ScorecardProjectionResponse } from '@ws/contracts';
import { KpiView, listKpis } from '@ws/server-catalogue-store';
import {
  adherenceOf,
  CSAT_MINIMUM_SAMPLE,
  csatFromCounts,
  monthIndex,
  monthLabel,
  PROJECTION_CONFIDENCE,
  PROJECTION_MINIMUM_MONTHS,
  projectToTarget,
} from '@ws/sla-engine';
import { DataSource } from 'typeorm';
import { shareOf } from '../series/series-figures';
import { catalogueCounts, Counts, serviceMonthCounts } from './scorecard-data';
import { qatarToday } from './year-range';

/** The month the NDS3 targets are due: the trajectory ends at its target in January 2030. */
export const PROJECTION_HORIZON = '2030-01';
/** Complete months read behind the fit (the current month is still moving and is left out). */
const HISTORY_MONTHS = 36;
/** A month counts only with this many decided cycles or responses behind it (the grey rule). */
const MINIMUM_SAMPLE = CSAT_MINIMUM_SAMPLE;

const LEAST_SQUARES =
  'ordinary least squares on the monthly values of complete months with at least 30 decided cycles or responses (in-scope services), ' +
  `extended to ${PROJECTION_HORIZON} with a 90% prediction interval; at least ${PROJECTION_MINIMUM_MONTHS} months, else not projected`;
const NO_HISTORY =
  'the catalogue keeps no history of digitisation: the share now, and the change per month it still needs, without a projection';

type Monthly = { month: string; value: number; count: number };
type Ratio = (counts: Counts) => { value: number | null; count: number };

const RATIOS: Record<string, Ratio> = {
  SLA_ADHERENCE: (c) => ({
    value: adherenceOf({ met: c.met, breached: c.breached }),
    count: c.met + c.breached,
  }),
  CSAT: (c) => ({
    value: csatFromCounts(c.csat_satisfied, c.csat_responses).csat,
    count: c.csat_responses,
  }),
};

/** "Will we make 2030?" for each NDS3 target: the monthly trend extended to the horizon (`projectToTarget`). */
@Injectable()
export class ProjectionService {
  constructor(private readonly dataSource: DataSource) {}

  async projection(now: Date): Promise<ScorecardProjectionResponse> {
    const manager = this.dataSource.manager;
    const thisMonth = monthIndex(qatarToday(now).slice(0, 7));
    const from = `${monthLabel(thisMonth - HISTORY_MONTHS)}-01`;
    const to = lastDayOf(monthLabel(thisMonth - 1));
    const [kpis, rows, catalogue] = await Promise.all([
      listKpis(manager),
      serviceMonthCounts(manager, from, to, now),
      catalogueCounts(manager),
    ]);
    const monthly = (ratio: Ratio): Monthly[] => {
      const byMonth = new Map<string, Counts>();
      for (const row of rows) {
        const total = byMonth.get(row.period) ?? {
          met: 0,
          breached: 0,
          decided: 0,
          processed: 0,
          csat_satisfied: 0,
          csat_responses: 0,
          opened: 0,
          reopened: 0,
        };
        for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += row[key];
        byMonth.set(row.period, total);
      }
      return [...byMonth.entries()].flatMap(([month, counts]) => {
        const { value, count } = ratio(counts);
        return value !== null && count >= MINIMUM_SAMPLE ? [{ month, value, count }] : [];
      });
    };
    const digitised = shareOf(catalogue.servicesDigitised, catalogue.servicesInScope);
    const projections = kpis.flatMap((kpi): KpiProjection[] => {
      const ratio = RATIOS[kpi.code];
      if (kpi.target2030 === null) return [];
      if (ratio) return [project(kpi, monthly(ratio), 'leastSquaresMonthly', { from, to })];
      if (kpi.code !== 'DIGITISED_SERVICES') return [];
      const current =
        digitised === null
          ? []
          : [{ month: monthLabel(thisMonth), value: digitised, count: catalogue.servicesInScope }];
      return [
        project(kpi, current, 'noHistory', {
          from: `${monthLabel(thisMonth)}-01`,
          to: qatarToday(now),
        }),
      ];
    });
    return {
      horizon: PROJECTION_HORIZON,
      confidence: PROJECTION_CONFIDENCE,
      minimumMonths: PROJECTION_MINIMUM_MONTHS,
      minimumSample: MINIMUM_SAMPLE,
      kpis: projections,
    };
  }
}

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`;
}

function project(
  kpi: KpiView,
  history: Monthly[],
  methodCode: ProjectionMethodCode,
  range: { from: string; to: string },
): KpiProjection {
  const target = kpi.target2030 ?? 0;
  const input = {
    target,
    direction: kpi.direction,
    horizon: PROJECTION_HORIZON,
    bounds: { min: 0, max: 1 },
  };
  // Without history only the change still needed is said: a flat line through one value is no projection.
  const projection =
    methodCode === 'noHistory'
      ? { ...projectToTarget({ ...input, series: history }), verdict: 'insufficient_data' as const }
      : projectToTarget({ ...input, series: history });
  return {
    code: kpi.code,
    nameAr: kpi.nameAr,
    nameEn: kpi.nameEn,
    direction: kpi.direction,
    target2030: target,
    history,
    slopePerMonth: projection.slopePerMonth,
    path: projection.path,
    atHorizon: projection.atHorizon,
    requiredPerMonth: projection.requiredPerMonth,
    latest: projection.latest,
    verdict: projection.verdict,
    basis: {
      methodCode,
      method: methodCode === 'noHistory' ? NO_HISTORY : LEAST_SQUARES,
      ...range,
      months: history.length,
      count: history.reduce((sum, month) => sum + month.count, 0),
    },
  };
}
