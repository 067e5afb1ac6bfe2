import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CaseTimelineResponse } from '@ws/contracts';
import { AgencyScoped, AuthenticatedUser, CurrentUser } from '@ws/server-access';
import { CASE_TIMELINE_EXAMPLE } from './case-timeline.example';
import { CaseTimelineService } from './case-timeline.service';

@ApiTags('review')
@AgencyScoped()
@Controller('agencies/:agency/cases')
export class CaseTimelineController {
  constructor(private readonly timelines: CaseTimelineService) {}

  @Get(':caseId')
  @ApiOperation({
    summary: 'A case: its dimensions, events (with the batch that brought each), cycles as in sla:eval with pauses and acknowledgements, and notifications.',
    description: 'Central office and leadership: any agency. Agency manager: own agency only; any other agency answers 404 exactly like an unknown case.',
  })
  @ApiParam({ name: 'agency', example: 'MOI' })
  @ApiParam({ name: 'caseId', example: 'RP-2026-000123' })
  @ApiOkResponse({ description: 'The case timeline', schema: { example: CASE_TIMELINE_EXAMPLE } })
  @ApiNotFoundResponse({ description: 'Unknown case, or a case of another agency for an agency manager' })
  timeline(@Param('agency') agency: string, @Param('caseId') caseId: string, @CurrentUser() user: AuthenticatedUser): Promise<CaseTimelineResponse> {
    return this.timelines.timeline(user, agency, caseId);
  }
}
