import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ResolvedPerDayResponse } from '@ws/contracts';
import { Public } from '@ws/server-access';
import { CsvExport, CsvInterceptor } from '@ws/server-http-csv';
import { DataSource } from 'typeorm';
import { parseRangeQuery } from './query/series-query';

@ApiTags('metrics')
@Controller('metrics')
@UseInterceptors(CsvInterceptor)
export class MetricsController {
  constructor(private readonly dataSource: DataSource) {}

  /** Public like the open data: a daily national or per-entity count, no case data. */
  @Public()
  @Get('resolved')
  @ApiOperation({ summary: 'Resolved case cycles (resolved or closed) per local day (Asia/Qatar), every day of the range listed.' })
  @ApiQuery({ name: 'from', example: '2026-01-01' })
  @ApiQuery({ name: 'to', example: '2026-01-31' })
  @ApiQuery({ name: 'agency', required: false, example: 'MOI' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiOkResponse({ schema: { example: { from: '2026-01-01', to: '2026-01-02', series: [{ period: '2026-01-01', resolved: 120 }, { period: '2026-01-02', resolved: 0 }] } } })
  @CsvExport('resolved', (body: ResolvedPerDayResponse) => ({ columns: ['period', 'resolved'], records: body.series }))
  async resolved(@Query() query: unknown): Promise<ResolvedPerDayResponse> {
    const { from, to, agency } = parseRangeQuery(query, true);
    const rows: { period: string; resolved: number }[] = await this.dataSource.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS period, COALESCE(sum(r.resolved), 0)::int AS resolved
       FROM generate_series($1::date, $2::date, interval '1 day') AS d
       LEFT JOIN sla_rollup_day r ON r.day = d::date
         AND ($3::text IS NULL OR r.agency_id = (SELECT a.id FROM agency a WHERE a.code = $3))
       GROUP BY d ORDER BY d`,
      [from, to, agency ?? null],
    );
    return { from, to, series: rows };
  }
}
