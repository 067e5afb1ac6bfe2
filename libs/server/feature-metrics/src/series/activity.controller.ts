import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BacklogResponse, DigitisedResponse, ProcessingTimeResponse, VolumesResponse } from '@ws/contracts';
import { AgencyScoped, AuthenticatedUser, CurrentUser } from '@ws/server-access';
import { CsvExport, CsvInterceptor } from '@ws/server-http-csv';
import { DataSource } from 'typeorm';
import { ScopeQueryDocs, SeriesQueryDocs, SignedInReader } from '../query/query-docs';
import { ownAgencyId, resolveScope } from '../query/resolve-scope';
import { parseScopeQuery, parseSeriesQuery } from '../query/series-query';
import { backlog } from './backlog';
import { digitisedByAgency } from './digitised';
import { kpiTarget } from './kpi-targets';
import { processingTime } from './processing-time';
import { backlogCsv, digitisedCsv, processingTimeCsv, volumesCsv } from './series-csv';
import { SeriesService } from './series.service';

const VOLUME_EXAMPLE = {
  series: [{
    period: '2026-01', opened: 900, decided: 500, resolved: 610, cancelled: 20, reopened: 12, openedDigital: 630, digitalTakeUp: 0.7,
    byChannel: [{ channel: 'web', opened: 500, decided: 300, resolved: 360, cancelled: 10, reopened: 5 }],
  }],
};

/** Activity: volumes, processing time, the open backlog and the digitised catalogue. */
@ApiTags('metrics')
@AgencyScoped()
@Controller('metrics')
@UseInterceptors(CsvInterceptor)
export class ActivityController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly series: SeriesService,
  ) {}

  @Get('volumes')
  @ApiOperation({ summary: 'Cases opened, first cycles decided, cycles resolved, cancelled and reopened per period and channel; digital take-up = web+mobile+api / opened.' })
  @SeriesQueryDocs()
  @SignedInReader()
  @ApiOkResponse({ schema: { example: VOLUME_EXAMPLE } })
  @CsvExport('volumes', volumesCsv)
  async volumes(@Query() query: unknown, @CurrentUser() user: AuthenticatedUser): Promise<VolumesResponse> {
    const parsed = parseSeriesQuery(query);
    return this.series.volumes(parsed, await resolveScope(this.dataSource.manager, user, parsed));
  }

  @Get('processing-time')
  @ApiOperation({ summary: 'Median and 90th percentile business time from opening to resolution of first cycles, per service and period of the stop.' })
  @SeriesQueryDocs()
  @SignedInReader()
  @ApiOkResponse({
    schema: {
      example: {
        method: 'percentile_disc ...',
        methodCode: 'processingTimePercentiles',
        series: [{ period: '2026-01', service: { code: 'MOI-RP-RENEW', nameAr: 'تجديد الإقامة', nameEn: 'Residence permit renewal' }, agency: 'MOI', processed: 80, medianSeconds: 41400, p90Seconds: 90000, p90ShareOfTarget: 1.19, target: { amount: 3, unit: 'workingDays' } }],
      },
    },
  })
  @CsvExport('processing-time', processingTimeCsv)
  async processingTime(@Query() query: unknown, @CurrentUser() user: AuthenticatedUser): Promise<ProcessingTimeResponse> {
    const parsed = parseSeriesQuery(query);
    return processingTime(this.dataSource.manager, parsed, await resolveScope(this.dataSource.manager, user, parsed));
  }

  @Get('backlog')
  @ApiOperation({ summary: 'Open cases now by state of their current cycle: running, paused, at risk, breached (open past due).' })
  @ScopeQueryDocs()
  @SignedInReader()
  @ApiOkResponse({ schema: { example: { asOf: '2026-03-01T09:00:00.000Z', total: { running: 40, paused: 5, atRisk: 7, breached: 3, total: 55 }, byAgency: [{ agency: 'MOI', running: 40, paused: 5, atRisk: 7, breached: 3, total: 55 }] } } })
  @CsvExport('backlog', backlogCsv)
  async backlog(@Query() query: unknown, @CurrentUser() user: AuthenticatedUser): Promise<BacklogResponse> {
    const scope = await resolveScope(this.dataSource.manager, user, parseScopeQuery(query));
    return backlog(this.dataSource.manager, scope, ownAgencyId(user), new Date());
  }

  @Get('digitised')
  @ApiOperation({ summary: 'Share of the in-scope, active catalogue offered fully online end to end, per entity and nationally.' })
  @ScopeQueryDocs()
  @SignedInReader()
  @ApiOkResponse({ schema: { example: { target: 0.9, national: { servicesInScope: 300, servicesDigitised: 210, share: 0.7 }, agencies: [{ agency: { code: 'MOI', nameAr: 'وزارة الداخلية', nameEn: 'Ministry of Interior' }, servicesInScope: 40, servicesDigitised: 31, share: 0.775 }] } } })
  @CsvExport('digitised', digitisedCsv)
  async digitised(@Query() query: unknown, @CurrentUser() user: AuthenticatedUser): Promise<DigitisedResponse> {
    const scope = await resolveScope(this.dataSource.manager, user, parseScopeQuery(query));
    return digitisedByAgency(this.dataSource.manager, scope.agencyId, await kpiTarget(this.dataSource.manager, 'DIGITISED_SERVICES'));
  }
}
