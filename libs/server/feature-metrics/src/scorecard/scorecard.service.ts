import { Injectable } from '@nestjs/common';
import { ScorecardKpi, ScorecardResponse } from '@ws/contracts';
import { listKpis } from '@ws/server-catalogue-store';
import { periodsBetween } from '@ws/sla-engine';
import { DataSource } from 'typeorm';
import { shareOf } from '../series/series-figures';
import { yearRange } from './year-range';
import { kpiStatus, trajectoryAt } from './kpi-status';
import { catalogueCounts, processingShares, serviceMonthCounts } from './scorecard-data';
import { Measure, measures, servicesAtCsatTarget } from './scorecard-measures';

const UNMEASURED: Measure = { actual: null, basisCount: 0, count: 0, coverage: null, method: 'not measured by the platform', methodCode: 'notMeasured', trend: [] };

/** The national NDS3 scorecard of a year: each KPI against its trajectory, with its basis. */
@Injectable()
export class ScorecardService {
  constructor(private readonly dataSource: DataSource) {}

  async scorecard(year: number, now: Date): Promise<ScorecardResponse> {
    const manager = this.dataSource.manager;
    const { from, to } = yearRange(year, now);
    const [kpis, rows, catalogue, processing] = await Promise.all([
      listKpis(manager),
      serviceMonthCounts(manager, from, to, now),
      catalogueCounts(manager),
      processingShares(manager, from, to),
    ]);
    const csatTarget = kpis.find((kpi) => kpi.code === 'CSAT')?.target2030 ?? 0.85;
    const input = { months: periodsBetween(from, to, 'month'), rows, catalogue, processing, csatTarget };
    const figures = measures(input);
    const scorecardKpis = kpis.map((kpi): ScorecardKpi => {
      const measure = figures[kpi.code] ?? UNMEASURED;
      const trajectory = trajectoryAt(kpi, year);
      return {
        code: kpi.code,
        nameAr: kpi.nameAr,
        nameEn: kpi.nameEn,
        unit: kpi.unit,
        direction: kpi.direction,
        actual: measure.actual,
        trajectory,
        target2030: kpi.target2030,
        baselineYear: kpi.baselineYear,
        baselineValue: kpi.baselineValue,
        tolerance: kpi.tolerance,
        status: kpiStatus({ actual: measure.actual, trajectory, direction: kpi.direction, tolerance: kpi.tolerance, basisCount: measure.basisCount }),
        basis: { count: measure.count, coverage: measure.coverage, method: measure.method, methodCode: measure.methodCode },
        trend: measure.trend,
        demo: kpi.demo,
      };
    });
    const csat = figures['CSAT'];
    const atTarget = servicesAtCsatTarget(input);
    return {
      year,
      from,
      to,
      kpis: scorecardKpis,
      satisfaction: {
        csat: csat?.actual ?? null,
        responses: csat?.count ?? 0,
        ...atTarget,
        shareOfServicesAtTarget: shareOf(atTarget.servicesAtTarget, atTarget.servicesMeasured),
      },
      digitised: { ...catalogue, share: shareOf(catalogue.servicesDigitised, catalogue.servicesInScope) },
    };
  }
}
