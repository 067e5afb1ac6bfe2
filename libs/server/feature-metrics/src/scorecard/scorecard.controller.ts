import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ScorecardProjectionResponse, ScorecardResponse } from '@ws/contracts';
import { CsvExport, CsvInterceptor, CsvTable } from '@ws/server-http-csv';
import { SignedInReader, YearQueryDocs } from '../query/query-docs';
import { parseNoQuery, parseYearQuery } from '../query/series-query';
import { ProjectionService } from './projection.service';
import { ScorecardService } from './scorecard.service';
import { qatarToday } from './year-range';

const EXAMPLE = {
  year: 2026, from: '2026-01-01', to: '2026-11-27',
  kpis: [{
    code: 'SLA_ADHERENCE', nameAr: 'نسبة الالتزام باتفاقيات مستوى الخدمة', nameEn: 'Adherence to service-level agreements', unit: 'percent', direction: 'higher',
    actual: 0.78, trajectory: 0.74, target2030: 0.8, baselineYear: 2024, baselineValue: 0.71, tolerance: 0.05, status: 'green',
    basis: { count: 120345, coverage: 0.93, method: 'sum of met / sum of decided first cycles ...', methodCode: 'pooledAdherence' }, trend: [{ period: '2026-01', value: 0.77 }], demo: true,
  }],
  satisfaction: { csat: 0.83, responses: 40211, servicesAtTarget: 61, servicesMeasured: 140, shareOfServicesAtTarget: 0.436 },
  digitised: { servicesInScope: 320, servicesDigitised: 221, share: 0.69 },
};

const scorecardCsv = (body: ScorecardResponse): CsvTable => ({
  columns: ['year', 'code', 'nameAr', 'nameEn', 'unit', 'direction', 'actual', 'trajectory', 'target2030', 'status', 'count', 'coverage', 'method', 'demo'],
  records: body.kpis.map((kpi) => ({ ...kpi, year: body.year, count: kpi.basis.count, coverage: kpi.basis.coverage, method: kpi.basis.method })),
});

const projectionCsv = (body: ScorecardProjectionResponse): CsvTable => ({
  columns: ['code', 'kind', 'month', 'value', 'low', 'high', 'count', 'target2030', 'verdict', 'requiredPerMonth', 'method'],
  records: body.kpis.flatMap((kpi) => [
    ...kpi.history.map((point) => ({ ...kpi, kind: 'actual', ...point, method: kpi.basis.method })),
    ...kpi.path.map((point) => ({ ...kpi, kind: 'projected', ...point, count: null, method: kpi.basis.method })),
  ]),
});

@ApiTags('scorecard')
@Controller('scorecard')
@UseInterceptors(CsvInterceptor)
export class ScorecardController {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly projections: ProjectionService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The national NDS3 scorecard of a year: each KPI\'s actual, trajectory, 2030 target, status and basis, with a monthly trend. National aggregates: every signed-in role.' })
  @YearQueryDocs()
  @SignedInReader()
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  @CsvExport('scorecard', scorecardCsv)
  scorecard(@Query() query: unknown): Promise<ScorecardResponse> {
    const now = new Date();
    return this.scorecards.scorecard(parseYearQuery(query, Number(qatarToday(now).slice(0, 4))), now);
  }

  @Get('projection')
  @ApiOperation({
    summary: 'Will we make 2030? Each NDS3 target\'s monthly trend extended to January 2030 by least squares, with a 90% prediction interval and the change per month still needed.',
    description: 'Complete months of the last 36 with at least 30 decided cycles or responses; fewer than 6 such months: not projected (verdict insufficient_data). Digitisation keeps no history: the share now and the change needed only.',
  })
  @SignedInReader()
  @ApiOkResponse({ description: 'One projection per NDS3 target with a 2030 target' })
  @CsvExport('scorecard-projection', projectionCsv)
  projection(@Query() query: unknown): Promise<ScorecardProjectionResponse> {
    parseNoQuery(query);
    return this.projections.projection(new Date());
  }
}
