import { Controller, Get, NotFoundException, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ANOMALY_KINDS, AnomaliesResponse } from '@ws/contracts';
import { AgencyScoped, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import { CsvExport, CsvInterceptor } from '@ws/server-http-csv';
import { DataSource } from 'typeorm';
import { anomaliesCsv } from './anomalies-csv';
import { MAX_PAGE_SIZE, parseAnomaliesRequest } from './anomalies-request';
import { ANOMALIES_EXAMPLE } from './anomalies-openapi';
import { countAnomalies, listAnomalies } from './anomaly-queries';

@ApiTags('feed')
@AgencyScoped()
@Controller('agencies/:agency/anomalies')
@UseInterceptors(CsvInterceptor)
export class AnomaliesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('central_office', 'leadership', 'agency_manager')
  @CsvExport('anomalies', anomaliesCsv)
  @ApiOperation({
    summary: "An agency's feed anomalies to fix at the source: rejected events, conflicting repeats, cases without an opening, events before the opening.",
    description:
      'Counts of every kind in the range, and one page of the asked kind, newest first. An agency manager sees their own agency only ' +
      '(another agency: 404). `format=csv` gives the page as CSV (UTF-8 with a byte-order mark).',
  })
  @ApiParam({ name: 'agency', example: 'MOI' })
  @ApiQuery({ name: 'kind', required: false, enum: ANOMALY_KINDS, description: 'default rejected' })
  @ApiQuery({ name: 'from', required: false, example: '2026-01-01', description: 'inclusive local date (Asia/Qatar)' })
  @ApiQuery({ name: 'to', required: false, example: '2026-01-31', description: 'inclusive local date (Asia/Qatar)' })
  @ApiQuery({ name: 'page', required: false, example: 1 })
  @ApiQuery({ name: 'pageSize', required: false, example: 50, description: `at most ${MAX_PAGE_SIZE}` })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ schema: { example: ANOMALIES_EXAMPLE } })
  async list(
    @Param('agency') code: string,
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AnomaliesResponse> {
    const input = parseAnomaliesRequest(query);
    const [agency]: { id: number }[] = await this.dataSource.query(`SELECT id FROM agency WHERE code = $1`, [code]);
    if (!agency || (user.role === 'agency_manager' && agency.id !== user.agencyId)) throw new NotFoundException(`No agency ${code}.`);
    const scope = { agencyId: agency.id, from: input.fromInstant, to: input.toInstant };
    const counts = await countAnomalies(this.dataSource.manager, scope);
    const items = await listAnomalies(this.dataSource.manager, scope, input.kind, {
      offset: (input.page - 1) * input.pageSize,
      limit: input.pageSize,
    });
    return {
      agency: code,
      from: input.from,
      to: input.to,
      counts,
      kind: input.kind,
      page: input.page,
      pageSize: input.pageSize,
      total: counts[input.kind],
      items,
    };
  }
}
