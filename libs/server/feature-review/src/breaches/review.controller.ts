import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  BREACH_REVIEW_CATEGORIES,
  BREACH_REVIEW_SORTS,
  BREACH_ROOT_CAUSES,
  BreachAcknowledgementResponse,
  BreachReviewResponse,
  ReviewSummaryResponse,
} from '@ws/contracts';
import { AgencyScoped, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import { CsvExport, CsvInterceptor } from '@ws/server-http-csv';
import { AcknowledgementService, NOTE_MAX_LENGTH, parseAcknowledgement, parseCycleNumber } from './acknowledgement.service';
import { breachReviewCsv } from './breach-review.csv';
import { BreachReviewService } from './breach-review.service';
import { ACKNOWLEDGEMENT_EXAMPLE, BREACH_REVIEW_EXAMPLE, REVIEW_SUMMARY_EXAMPLE } from './review.examples';

const AGENCY_QUERY = { name: 'agency', required: false, example: 'MOI', description: 'Agency managers: their own agency only (the default); others: any agency, or none for all.' };

@ApiTags('review')
@Controller()
@UseInterceptors(CsvInterceptor)
export class ReviewController {
  constructor(
    private readonly review: BreachReviewService,
    private readonly acknowledgements: AcknowledgementService,
  ) {}

  @Get('review/breaches')
  @AgencyScoped(403)
  @CsvExport('breach-review', breachReviewCsv)
  @ApiOperation({
    summary: 'Breach review: open breaches, at-risk running cycles and breaches of the window, paged.',
    description:
      'open_breach: cycles breached and still open. at_risk: running or paused cycles at risk when last computed, or past their 75% mark since. ' +
      'recent_breach: stopped breached cycles whose breach instant falls in from..to (local dates, default the last 30 days). No status: all three.',
  })
  @ApiQuery(AGENCY_QUERY)
  @ApiQuery({ name: 'service', required: false, example: 'MOI-RP-RENEW' })
  @ApiQuery({ name: 'status', required: false, enum: BREACH_REVIEW_CATEGORIES })
  @ApiQuery({ name: 'from', required: false, example: '2026-11-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-11-27' })
  @ApiQuery({ name: 'sort', required: false, enum: BREACH_REVIEW_SORTS })
  @ApiQuery({ name: 'page', required: false, example: 1 })
  @ApiQuery({ name: 'pageSize', required: false, example: 50 })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiOkResponse({ description: 'One page of the review list with the total', schema: { example: BREACH_REVIEW_EXAMPLE } })
  breaches(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthenticatedUser): Promise<BreachReviewResponse> {
    return this.review.list(user, query, Date.now());
  }

  @Get('review/summary')
  @AgencyScoped(403)
  @ApiOperation({ summary: 'Counts of open breaches, at-risk cycles and breaches of the last 7 days, with the newest notification id: cheap enough to poll every 15 s.' })
  @ApiQuery(AGENCY_QUERY)
  @ApiOkResponse({ description: 'The counts', schema: { example: REVIEW_SUMMARY_EXAMPLE } })
  summary(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthenticatedUser): Promise<ReviewSummaryResponse> {
    return this.review.summary(user, query, Date.now());
  }

  @Post('agencies/:agency/cases/:caseId/cycles/:cycle/acknowledgement')
  @HttpCode(201)
  @Roles('agency_manager')
  @ApiOperation({
    summary: 'Acknowledge a breached cycle with a root cause and a note (agency managers of the agency only); a repeat replaces the previous one. Audited.',
  })
  @ApiParam({ name: 'agency', example: 'MOI' })
  @ApiParam({ name: 'caseId', example: 'RP-2026-000123' })
  @ApiParam({ name: 'cycle', example: 1 })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['rootCause', 'note'],
      properties: { rootCause: { type: 'string', enum: [...BREACH_ROOT_CAUSES] }, note: { type: 'string', minLength: 1, maxLength: NOTE_MAX_LENGTH } },
      example: { rootCause: 'awaiting_other_entity', note: 'Waiting for the medical report from MOPH.' },
    },
  })
  @ApiCreatedResponse({ description: 'The acknowledgement as stored', schema: { example: ACKNOWLEDGEMENT_EXAMPLE } })
  acknowledge(
    @Param('agency') agency: string,
    @Param('caseId') caseId: string,
    @Param('cycle') cycle: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BreachAcknowledgementResponse> {
    const cycleNumber = parseCycleNumber(cycle);
    return this.acknowledgements.acknowledge(user, agency, caseId, cycleNumber, parseAcknowledgement(body));
  }
}
