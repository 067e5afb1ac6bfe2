import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import { CalendarView, createCalendar, findCalendar, listCalendars, parseCalendarInput, publishCalendarVersion } from '@ws/server-catalogue-store';
import { JobProducer } from '@ws/server-queue';
import { DataSource } from 'typeorm';

@ApiTags('catalogue')
@Controller('calendars')
export class CalendarsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every calendar at its latest version.' })
  list(): Promise<CalendarView[]> {
    return listCalendars(this.dataSource.manager);
  }

  @Get(':code')
  one(@Param('code') code: string): Promise<CalendarView> {
    return findCalendar(this.dataSource.manager, code);
  }

  @Post()
  @Roles('central_office')
  @ApiOperation({ summary: 'Create a calendar (sla-clock.md format): {code, nameAr, nameEn, timezone, weekly, overrides, closures}.' })
  create(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<CalendarView> {
    const input = parseCalendarInput(body);
    return this.dataSource.transaction((manager) => createCalendar(manager, input, actorOf(user)));
  }

  @Put(':code')
  @Roles('central_office')
  @ApiOperation({ summary: 'Publish a new version (e.g. an Eid date confirmed); open cases are recomputed.' })
  async publish(@Param('code') code: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<CalendarView> {
    const input = parseCalendarInput(body, code);
    const published = await this.dataSource.transaction((manager) => publishCalendarVersion(manager, input, actorOf(user)));
    await this.producer.enqueue('recompute-open-cases', { calendarCode: code });
    return published;
  }
}
