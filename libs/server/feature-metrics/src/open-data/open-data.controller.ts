import { Controller, Get, Header, Query, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OpenDataMonthlyResponse } from '@ws/contracts';
import { Public } from '@ws/server-access';
import { CsvExport, CsvInterceptor, CsvTable } from '@ws/server-http-csv';
import { YearQueryDocs } from '../query/query-docs';
import { parseYearQuery } from '../query/series-query';
import { qatarToday } from '../scorecard/year-range';
import { OpenDataService } from './open-data.service';

const EXAMPLE = {
  year: 2026, licence: 'Open data ...', demo: true,
  rows: [
    { month: '2026-01', entity: 'national', entityNameAr: 'دولة قطر', entityNameEn: 'State of Qatar', met: 8200, decided: 9400, adherence: 0.872, responses: 3100, satisfied: 2700, csat: 0.871, opened: 12000, resolved: 11000, openedDigital: 8400 },
  ],
};

const openDataCsv = (body: OpenDataMonthlyResponse): CsvTable => ({
  columns: ['month', 'entity', 'entityNameAr', 'entityNameEn', 'met', 'decided', 'adherence', 'responses', 'satisfied', 'csat', 'opened', 'resolved', 'openedDigital', 'demo'],
  records: body.rows.map((row) => ({ ...row, demo: body.demo })),
});

/** Public, anonymous, cacheable: the open performance data NDS3 calls for. */
@ApiTags('open-data')
@Controller('open-data')
@UseInterceptors(CsvInterceptor)
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Public()
  @Get('monthly')
  @Header('Cache-Control', 'public, max-age=3600')
  @Header('Vary', 'Accept')
  @ApiOperation({ summary: 'Monthly national and per-entity adherence, satisfaction and volumes of a year; no sign-in, no case-level data. ETag and If-None-Match (304) supported.' })
  @YearQueryDocs()
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'an ETag from an earlier answer: 304 when unchanged' })
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  @CsvExport('open-data-monthly', openDataCsv)
  monthly(@Query() query: unknown): Promise<OpenDataMonthlyResponse> {
    const now = new Date();
    return this.openData.monthly(parseYearQuery(query, Number(qatarToday(now).slice(0, 4))), now);
  }
}
