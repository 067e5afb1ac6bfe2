import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProceduralDelayResponse, ReopenRateResponse, SatisfactionSeriesResponse, SlaSeriesResponse } from '@ws/contracts';
import { AgencyScoped, AuthenticatedUser, CurrentUser } from '@ws/server-access';
import { CsvExport, CsvInterceptor } from '@ws/server-http-csv';
import { DataSource } from 'typeorm';
import { SeriesQueryDocs, SignedInReader } from '../query/query-docs';
import { resolveScope } from '../query/resolve-scope';
import { parseSeriesQuery } from '../query/series-query';
import { proceduralDelayCsv, reopenRateCsv, satisfactionCsv, slaCsv } from './series-csv';
import { SeriesService } from './series.service';

const SLA_EXAMPLE = { target: 0.8, cycles: 'first', series: [{ period: '2026-01', met: 412, breached: 88, decided: 500, adherence: 0.824 }, { period: '2026-02', met: 0, breached: 0, decided: 0, adherence: null }] };
const CSAT_EXAMPLE = { target: 0.85, series: [{ period: '2026-01', responses: 120, satisfied: 99, csat: 0.825, ciLow: 0.747, ciHigh: 0.883, insufficientSample: false }] };

/** Outcome series: adherence, satisfaction, reopen rate, procedural delay (rollups). */
@ApiTags('metrics')
@AgencyScoped()
@Controller('metrics')
@UseInterceptors(CsvInterceptor)
export class OutcomesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly series: SeriesService,
  ) {}

  @Get('sla')
  @ApiOperation({ summary: 'SLA adherence (met / decided) per period, in the window of decidedAt; every period listed, null where nothing was decided.' })
  @SeriesQueryDocs(true)
  @SignedInReader()
  @ApiOkResponse({ schema: { example: SLA_EXAMPLE } })
  @CsvExport('sla-adherence', slaCsv)
  async sla(@Query() query: unknown, @CurrentUser() user: AuthenticatedUser): Promise<SlaSeriesResponse> {
    const parsed = parseSeriesQuery(query, true);
    return this.series.sla(parsed, await resolveScope(this.dataSource.manager, user, parsed));
  }

  @Get('satisfaction')
  @ApiOperation({ summary: 'CSAT (satisfied / responses, latest response per case) per period with the Wilson 95% interval; insufficient under 30 responses.' })
  @SeriesQueryDocs()
  @SignedInReader()
  @ApiOkResponse({ schema: { example: CSAT_EXAMPLE } })
  @CsvExport('satisfaction', satisfactionCsv)
  async satisfaction(@Query() query: unknown, @CurrentUser() user: AuthenticatedUser): Promise<SatisfactionSeriesResponse> {
    const parsed = parseSeriesQuery(query);
    return this.series.satisfaction(parsed, await resolveScope(this.dataSource.manager, user, parsed));
  }

  @Get('reopen-rate')
  @ApiOperation({ summary: 'Reopenings (cycles after the first started) per first cycle decided, per period.' })
  @SeriesQueryDocs()
  @SignedInReader()
  @ApiOkResponse({ schema: { example: { series: [{ period: '2026-01', reopened: 12, decided: 500, reopenRate: 0.024 }] } } })
  @CsvExport('reopen-rate', reopenRateCsv)
  async reopenRate(@Query() query: unknown, @CurrentUser() user: AuthenticatedUser): Promise<ReopenRateResponse> {
    const parsed = parseSeriesQuery(query);
    return this.series.reopenRate(parsed, await resolveScope(this.dataSource.manager, user, parsed));
  }

  @Get('procedural-delay')
  @ApiOperation({ summary: 'Share of services whose 90th percentile processing time (first cycles stopped in the period) exceeds their SLA.' })
  @SeriesQueryDocs()
  @SignedInReader()
  @ApiOkResponse({ schema: { example: { method: '...', methodCode: 'servicesP90OverSla', series: [{ period: '2026-01', servicesMeasured: 40, servicesOverSla: 9, share: 0.225 }] } } })
  @CsvExport('procedural-delay', proceduralDelayCsv)
  async proceduralDelay(@Query() query: unknown, @CurrentUser() user: AuthenticatedUser): Promise<ProceduralDelayResponse> {
    const parsed = parseSeriesQuery(query);
    return this.series.proceduralDelay(parsed, await resolveScope(this.dataSource.manager, user, parsed));
  }
}
