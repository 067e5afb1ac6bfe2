import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import {
  findKpi,
  KpiView,
  listKpis,
  listMaturity,
  MaturityView,
  parseKpiTargetInput,
  parseMaturityInput,
  recordMaturity,
  setKpiTarget,
} from '@ws/server-catalogue-store';
import { optionalCodeParameter } from '@ws/server-validation';
import { DataSource } from 'typeorm';

@ApiTags('catalogue')
@Controller()
export class KpisController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('kpis')
  @ApiOperation({ summary: 'The NDS3 KPI tree: outcome, KPI, measures, baseline and 2030 target.' })
  list(): Promise<KpiView[]> {
    return listKpis(this.dataSource.manager);
  }

  @Get('kpis/:code')
  one(@Param('code') code: string): Promise<KpiView> {
    return findKpi(this.dataSource.manager, code);
  }

  @Put('kpis/:code/target')
  @Roles('central_office')
  @ApiOperation({ summary: 'Set a KPI\'s baseline, 2030 target, comparison and tolerance.' })
  setTarget(@Param('code') code: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<KpiView> {
    const input = parseKpiTargetInput(body);
    return this.dataSource.transaction((manager) => setKpiTarget(manager, code, input, actorOf(user)));
  }

  @Get('maturity')
  @ApiQuery({ name: 'agency', required: false })
  @ApiOperation({ summary: 'Maturity self-assessments: six pillars scored 1-5.' })
  maturity(@Query('agency') agency?: string): Promise<MaturityView[]> {
    return listMaturity(this.dataSource.manager, optionalCodeParameter('agency', agency));
  }

  @Post('maturity')
  @Roles('central_office')
  @ApiOperation({ summary: 'Record an assessment {agency, assessedOn, scores: {leadership, technology, eServices, data, sdg, cybersecurity}}.' })
  record(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<MaturityView> {
    const input = parseMaturityInput(body);
    return this.dataSource.transaction((manager) => recordMaturity(manager, input, actorOf(user)));
  }
}
