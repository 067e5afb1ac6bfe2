import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PendingRestatementsResponse, RestatementDecisionResponse } from '@ws/contracts';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import { FieldChecker } from '@ws/server-validation';
import { DECISION_EXAMPLE, PENDING_EXAMPLE } from './restatements-openapi';
import { Restatements } from './restatements.service';

const NOTE_BODY = { schema: { type: 'object', required: ['note'], properties: { note: { type: 'string', maxLength: 2000 } } } };
const REASON_PARAM = { name: 'reason', example: 'calendar:3', description: '`calendar:<id>` or `service:<id>`, as listed' };

function noteOf(body: unknown): string {
  const check = new FieldChecker(body);
  const note = check.text('note', 2000);
  check.done();
  return note;
}

@ApiTags('restatements')
@Controller('restatements')
export class RestatementsController {
  constructor(private readonly restatements: Restatements) {}

  @Get()
  @Roles('central_office', 'leadership')
  @ApiOperation({
    summary: 'Decided cycles a calendar or SLA definition change would restate, by reason, with decided/met/breached per month before and after.',
  })
  @ApiOkResponse({ schema: { example: PENDING_EXAMPLE } })
  async list(): Promise<PendingRestatementsResponse> {
    return { restatements: await this.restatements.pending() };
  }

  @Post(':reason/apply')
  @HttpCode(200)
  @Roles('central_office')
  @ApiOperation({ summary: "Apply a restatement: the reason's cycles and the rollups take the new figures; audited with the note." })
  @ApiParam(REASON_PARAM)
  @ApiBody(NOTE_BODY)
  @ApiOkResponse({ schema: { example: DECISION_EXAMPLE } })
  apply(@Param('reason') reason: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<RestatementDecisionResponse> {
    return this.restatements.apply(reason, noteOf(body), actorOf(user), Date.now());
  }

  @Post(':reason/reject')
  @HttpCode(200)
  @Roles('central_office')
  @ApiOperation({ summary: 'Reject a restatement: the published figures stay; the pending cycles are dropped; audited with the note.' })
  @ApiParam(REASON_PARAM)
  @ApiBody(NOTE_BODY)
  @ApiOkResponse({ schema: { example: { ...DECISION_EXAMPLE, decision: 'rejected' } } })
  reject(@Param('reason') reason: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<RestatementDecisionResponse> {
    return this.restatements.reject(reason, noteOf(body), actorOf(user));
  }
}
