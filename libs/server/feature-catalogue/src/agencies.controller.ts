import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import { AgencyView, createAgency, deleteAgency, findAgency, listAgencies, parseAgencyInput, setAgencyActive } from '@ws/server-catalogue-store';
import { FieldChecker } from '@ws/server-validation';
import { DataSource } from 'typeorm';

@ApiTags('catalogue')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Every government entity.' })
  list(): Promise<AgencyView[]> {
    return listAgencies(this.dataSource.manager);
  }

  @Get(':code')
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
  @ApiOperation({ summary: 'Activate or deactivate: {active}.' })
  update(@Param('code') code: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<AgencyView> {
    const check = new FieldChecker(body);
    const active = check.boolean('active');
    check.done();
    return this.dataSource.transaction((manager) => setAgencyActive(manager, code, active, actorOf(user)));
  }

  @Delete(':code')
  @HttpCode(204)
  @Roles('central_office')
  @ApiOperation({ summary: 'Delete an entity nothing refers to (else 409: deactivate it).' })
  async remove(@Param('code') code: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction((manager) => deleteAgency(manager, code, actorOf(user)));
  }
}
