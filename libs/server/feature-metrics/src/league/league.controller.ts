import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LeagueResponse, MatrixResponse } from '@ws/contracts';
import { CsvExport, CsvInterceptor, CsvTable } from '@ws/server-http-csv';
import { RangeQueryDocs, SignedInReader } from '../query/query-docs';
import { parseRangeQuery } from '../query/series-query';
import { LeagueService } from './league.service';

const AGENCY = { code: 'MOI', nameAr: 'وزارة الداخلية', nameEn: 'Ministry of Interior' };
const LEAGUE_EXAMPLE = {
  from: '2026-01-01', to: '2026-03-31',
  rows: [{
    rank: 1, agency: AGENCY, met: 8200, decided: 9400, adherence: 0.872, adherenceStatus: 'green', responses: 3100, satisfied: 2700, csat: 0.871,
    csatStatus: 'green', servicesInScope: 41, servicesDigitised: 35, digitisedShare: 0.854, digitisedStatus: 'green',
  }],
};
const MATRIX_EXAMPLE = { from: '2026-01-01', to: '2026-03-31', agencies: [AGENCY], cells: [{ requesting: 'MOJ', providing: 'MOI', met: 40, decided: 52, adherence: 0.769 }] };

const leagueCsv = (body: LeagueResponse): CsvTable => ({
  columns: [
    'rank', 'agency', 'agencyNameAr', 'agencyNameEn', 'met', 'decided', 'adherence', 'adherenceStatus', 'responses', 'satisfied', 'csat', 'csatStatus',
    'servicesInScope', 'servicesDigitised', 'digitisedShare', 'digitisedStatus',
  ],
  records: body.rows.map((row) => ({ ...row, agency: row.agency.code, agencyNameAr: row.agency.nameAr, agencyNameEn: row.agency.nameEn })),
});

const matrixCsv = (body: MatrixResponse): CsvTable => ({ columns: ['requesting', 'providing', 'met', 'decided', 'adherence'], records: body.cells });

/**
 * The published national ranking and the inter-entity matrix: entity-level aggregates (no service
 * or case detail), so every signed-in role sees them, agency managers included.
 */
@ApiTags('scorecard')
@Controller()
@UseInterceptors(CsvInterceptor)
export class LeagueController {
  constructor(private readonly leagues: LeagueService) {}

  @Get('league')
  @ApiOperation({ summary: 'Entities ranked by first-cycle SLA adherence, then satisfaction, then digitised share (in-scope services), with counts and statuses.' })
  @RangeQueryDocs()
  @SignedInReader()
  @ApiOkResponse({ schema: { example: LEAGUE_EXAMPLE } })
  @CsvExport('league', leagueCsv)
  league(@Query() query: unknown): Promise<LeagueResponse> {
    return this.leagues.league(parseRangeQuery(query));
  }

  @Get('matrix')
  @ApiOperation({ summary: 'Inter-entity adherence: requesting x providing entity, first cycles decided in the range.' })
  @RangeQueryDocs()
  @SignedInReader()
  @ApiOkResponse({ schema: { example: MATRIX_EXAMPLE } })
  @CsvExport('inter-entity-matrix', matrixCsv)
  matrix(@Query() query: unknown): Promise<MatrixResponse> {
    return this.leagues.matrix(parseRangeQuery(query));
  }
}
