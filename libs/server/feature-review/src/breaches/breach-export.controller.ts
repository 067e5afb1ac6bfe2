import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { BREACH_REVIEW_CATEGORIES, BREACH_REVIEW_SORTS } from '@ws/contracts';
import { AgencyScoped, AuthenticatedUser, CurrentUser } from '@ws/server-access';
import type { Request, Response } from 'express';
import { BreachExportService } from './breach-export.service';

@ApiTags('review')
@Controller('review/breaches')
export class BreachExportController {
  constructor(private readonly exports: BreachExportService) {}

  /** Express answers `HEAD` with this `GET` route: the service then sends the headers (the row count) only. */
  @Get('export')
  @AgencyScoped(403)
  @ApiOperation({
    summary:
      'The whole breach review list for the filters (no paging) as one CSV, streamed from the database.',
    description:
      'Same filters, sort and agency scoping as GET /review/breaches, without page and pageSize. X-Total-Count carries the number of rows; ' +
      'HEAD answers the headers alone (the row count before downloading). UTF-8 with a byte-order mark, CRLF, RFC 4180, written by @ws/server-http-csv.',
  })
  @ApiQuery({ name: 'agency', required: false, example: 'MOI' })
  @ApiQuery({ name: 'service', required: false, example: 'MOI-RP-RENEW' })
  @ApiQuery({ name: 'status', required: false, enum: BREACH_REVIEW_CATEGORIES })
  @ApiQuery({ name: 'from', required: false, example: '2026-11-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-11-27' })
  @ApiQuery({ name: 'sort', required: false, enum: BREACH_REVIEW_SORTS })
  @ApiQuery({ name: 'format', required: false, enum: ['csv'] })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file; header X-Total-Count: its number of data rows' })
  async breachesCsv(
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.exports.export(user, query, Date.now(), request, response);
  }
}
