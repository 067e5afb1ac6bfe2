import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import { createService, findService, listServices, parseServiceInput, parseSlaInput, publishSlaVersion, ServiceView } from '@ws/server-catalogue-store';
import { optionalCodeParameter } from '@ws/server-validation';
import { DataSource } from 'typeorm';

@ApiTags('catalogue')
@Controller('services')
export class ServicesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiQuery({ name: 'agency', required: false })
  @ApiOperation({ summary: 'The service catalogue with each service\'s current SLA.' })
  list(@Query('agency') agency?: string): Promise<ServiceView[]> {
    return listServices(this.dataSource.manager, optionalCodeParameter('agency', agency));
  }

  @Get(':code')
  one(@Param('code') code: string): Promise<ServiceView> {
    return findService(this.dataSource.manager, code);
  }

  @Post()
  @Roles('central_office')
  @ApiOperation({ summary: 'Add a service with its SLA (version 1).' })
  create(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<ServiceView> {
    const input = parseServiceInput(body);
    return this.dataSource.transaction((manager) => createService(manager, input, actorOf(user)));
  }

  @Put(':code/sla')
  @Roles('central_office')
  @ApiOperation({ summary: 'Publish a new SLA version for cases opened from now on; open cases keep theirs.' })
  publishSla(@Param('code') code: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<ServiceView> {
    const sla = parseSlaInput(body);
    return this.dataSource.transaction((manager) => publishSlaVersion(manager, code, sla, actorOf(user), new Date()));
  }
}
