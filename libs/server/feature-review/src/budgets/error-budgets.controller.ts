import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ErrorBudgetResponse } from '@ws/contracts';
import { AgencyScoped, AuthenticatedUser, CurrentUser } from '@ws/server-access';
import { CsvExport, CsvInterceptor } from '@ws/server-http-csv';
import { DataSource } from 'typeorm';
import { listAgency } from '../scope/agency-scope';
import { optional, queryChecker } from '../scope/query-params';
import { ErrorBudgetReport } from './error-budget-report.service';
import { ERROR_BUDGET_EXAMPLE } from './error-budgets.example';
import { errorBudgetsCsv } from './error-budgets.csv';
import { parseQuarter, Quarter, quarterOf } from './quarter';

@ApiTags('review')
@AgencyScoped(403)
@Controller('error-budgets')
@UseInterceptors(CsvInterceptor)
export class ErrorBudgetsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly report: ErrorBudgetReport,
  ) {}

  @Get()
  @CsvExport('error-budgets', errorBudgetsCsv)
  @ApiOperation({
    summary: 'Error budget per agency and service for a quarter (first cycles, target 80%): headroom, recovery need and burn rates over 3 and 14 days.',
    description: 'Fewer than 30 decided cycles: suppressed (grey, no burn level). Agency managers: their own agency only.',
  })
  @ApiQuery({ name: 'quarter', required: false, example: '2026-Q4', description: 'Default: the current quarter in Asia/Qatar' })
  @ApiQuery({ name: 'agency', required: false, example: 'MOI' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiOkResponse({ description: 'Budgets per agency and service', schema: { example: ERROR_BUDGET_EXAMPLE } })
  async budgets(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthenticatedUser): Promise<ErrorBudgetResponse> {
    const nowMs = Date.now();
    const check = queryChecker(query);
    const quarter = optional(check, 'quarter', (field): Quarter => {
      const parsed = parseQuarter(String(check.raw(field)));
      if (!parsed) check.fail(field, 'quarter', 'must be a quarter YYYY-Qn, e.g. 2026-Q4');
      return parsed ?? quarterOf(nowMs);
    }) ?? quarterOf(nowMs);
    const agencyCode = optional(check, 'agency', (field) => check.code(field));
    check.done();
    const agency = await listAgency(this.dataSource.manager, user, agencyCode);
    return this.report.report(quarter, nowMs, agency);
  }
}
