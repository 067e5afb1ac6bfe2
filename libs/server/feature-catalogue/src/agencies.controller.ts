import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import { AgencyView, createAgency, deleteAgency, findAgency, listAgencies, parseAgencyChange, parseAgencyInput, updateAgency } from '@ws/server-catalogue-store';
import { DataSource } from 'typeorm';
import { AGENCY_CHANGE_SCHEMA, AGENCY_EXAMPLE } from './agency.openapi';

@ApiTags('catalogue')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Every government entity, with its expected feed interval.' })
  @ApiOkResponse({ description: 'Every agency, by code', schema: { example: [AGENCY_EXAMPLE] } })
  list(): Promise<AgencyView[]> {
    return listAgencies(this.dataSource.manager);
  }

  @Get(':code')
  @ApiOperation({ summary: 'One government entity.' })
  @ApiParam({ name: 'code', example: 'MOI' })
  @ApiOkResponse({ description: 'The agency', schema: { example: AGENCY_EXAMPLE } })
  async one(@Param('code') code: string): Promise<AgencyView> {
    const { id: _id, ...view } = await findAgency(this.dataSource.manager, code);
    return view;
  }

  @Post()
  @Roles('central_office')
  @ApiOperation({ summary: 'Add an entity: {code, nameAr, nameEn}. 409 when the code exists.' })
  create(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<AgencyView> {
    const input = parseAgencyInput(body);
    return this.dataSource.transaction((manager) => createAgency(manager, input, actorOf(user)));
  }

  @Patch(':code')
  @Roles('central_office')
  @ApiOperation({ summary: 'Activate or deactivate, and set the expected feed interval: {active?, feedIntervalHours?} (integer 1..720 hours of working time). Audited.' })
  @ApiParam({ name: 'code', example: 'MOI' })
  @ApiBody({ schema: AGENCY_CHANGE_SCHEMA })
  @ApiOkResponse({ description: 'The agency after the change', schema: { example: AGENCY_EXAMPLE } })
  update(@Param('code') code: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<AgencyView> {
    const change = parseAgencyChange(body);
    return this.dataSource.transaction((manager) => updateAgency(manager, code, change, actorOf(user)));
  }

  @Delete(':code')
  @HttpCode(204)
  @Roles('central_office')
  @ApiOperation({ summary: 'Delete an entity nothing refers to (else 409: deactivate it).' })
  @ApiConflictResponse({ description: 'Something refers to the entity: deactivate it instead' })
  async remove(@Param('code') code: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction((manager) => deleteAgency(manager, code, actorOf(user)));
  }
}
