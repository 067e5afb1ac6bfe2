import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import {
  listMaturity,
  maturityRevisions,
  MaturityRevisionView,
  MaturityView,
  parseMaturityInput,
  parseMaturityKey,
  parseMaturityRevision,
  recordMaturity,
  reviseMaturity,
} from '@ws/server-catalogue-store';
import { optionalCodeParameter } from '@ws/server-validation';
import { DataSource } from 'typeorm';

/**
 * Maturity self-assessments (six pillars 1-5, an evidence note each, dated). Every signed-in role
 * reads every entity's (they are benchmarked against each other); the central office records and
 * revises them, each revision kept with who, when, why and what changed.
 */
@ApiTags('catalogue')
@Controller('maturity')
export class MaturityController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiQuery({ name: 'agency', required: false })
  @ApiOperation({
    summary:
      'Maturity self-assessments at their latest revision: six pillars scored 1-5 with evidence.',
  })
  list(@Query('agency') agency?: string): Promise<MaturityView[]> {
    return listMaturity(this.dataSource.manager, optionalCodeParameter('agency', agency));
  }

  @Post()
  @Roles('central_office')
  @ApiOperation({
    summary:
      'Record an assessment {agency, assessedOn, scores: {leadership, technology, eServices, data, sdg, cybersecurity}, evidence: {same pillars: a note}}; 409 when that date is already assessed.',
  })
  record(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<MaturityView> {
    const input = parseMaturityInput(body);
    return this.dataSource.transaction((manager) => recordMaturity(manager, input, actorOf(user)));
  }

  @Put(':agency/:assessedOn')
  @Roles('central_office')
  @ApiParam({ name: 'agency', example: 'MOI' })
  @ApiParam({ name: 'assessedOn', example: '2025-06-30' })
  @ApiOperation({
    summary:
      'Revise an assessment {scores, evidence, reason}: the next revision, the earlier ones kept.',
  })
  revise(
    @Param('agency') agency: string,
    @Param('assessedOn') assessedOn: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MaturityView> {
    const key = parseMaturityKey(agency, assessedOn);
    const input = parseMaturityRevision(body);
    return this.dataSource.transaction((manager) =>
      reviseMaturity(manager, key.agency, key.assessedOn, input, actorOf(user)),
    );
  }

  @Get(':agency/:assessedOn/revisions')
  @ApiParam({ name: 'agency', example: 'MOI' })
  @ApiParam({ name: 'assessedOn', example: '2025-06-30' })
  @ApiOperation({
    summary:
      'Every revision of an assessment, newest first: who, when, why, the content and what changed.',
  })
  revisions(
    @Param('agency') agency: string,
    @Param('assessedOn') assessedOn: string,
  ): Promise<MaturityRevisionView[]> {
    const key = parseMaturityKey(agency, assessedOn);
    return maturityRevisions(this.dataSource.manager, key.agency, key.assessedOn);
  }
}
