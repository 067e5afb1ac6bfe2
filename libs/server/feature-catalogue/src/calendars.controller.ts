import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { actorOf, AuthenticatedUser, CurrentUser, Roles } from '@ws/server-access';
import {
  CalendarInput,
  CalendarView,
  confirmHoliday,
  createCalendar,
  findCalendar,
  listCalendars,
  parseCalendarInput,
  parseHolidayConfirmation,
  publishCalendarVersion,
} from '@ws/server-catalogue-store';
import { writeAudit } from '@ws/server-database';
import { JobProducer } from '@ws/server-queue';
import { DataSource, EntityManager } from 'typeorm';

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
  @ApiOperation({ summary: 'Publish a new version (working or Ramadan hours changed, an Eid date confirmed); open cases are recomputed. Optional expectedVersion: 409 when the calendar was published since.' })
  publish(@Param('code') code: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<CalendarView> {
    return this.publishAndRecompute(parseCalendarInput(body, code), user);
  }

  @Post(':code/holidays/:date/confirm')
  @HttpCode(200)
  @Roles('central_office')
  @ApiParam({ name: 'code', example: 'QA-GOV' })
  @ApiParam({ name: 'date', description: 'First day of the provisional holiday, YYYY-MM-DD', example: '2026-05-26' })
  @ApiBody({
    required: false,
    schema: { type: 'object', properties: { date: { type: 'string', example: '2026-05-27', description: 'announced first day, when it moved' }, source: { type: 'string' } } },
  })
  @ApiOkResponse({ description: 'The calendar at its new version, the holiday confirmed (and moved, keeping its length).' })
  @ApiOperation({ summary: 'Confirm a provisional holiday (an Eid announced), optionally moved; publishes a new version, open cases are recomputed.' })
  async confirmHoliday(
    @Param('code') code: string,
    @Param('date') date: string,
    @Body() body: unknown,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CalendarView> {
    const confirmation = parseHolidayConfirmation(date, body);
    const confirmed = confirmHoliday(await findCalendar(this.dataSource.manager, code), confirmation);
    const input = parseCalendarInput(confirmed.body, code);
    return this.publishAndRecompute(input, user, (manager) =>
      writeAudit(manager, { actor: actorOf(user), action: 'confirm-holiday', entity: 'calendar', entityKey: `${code}/${date}`, before: confirmed.before, after: confirmed.after }),
    );
  }

  /** The one way a calendar changes: a new version, audited, then every open case recomputed. */
  private async publishAndRecompute(input: CalendarInput, user: AuthenticatedUser, alsoInTransaction?: (manager: EntityManager) => Promise<void>): Promise<CalendarView> {
    const published = await this.dataSource.transaction(async (manager) => {
      const view = await publishCalendarVersion(manager, input, actorOf(user));
      await alsoInTransaction?.(manager);
      return view;
    });
    await this.producer.enqueue('recompute-open-cases', { calendarCode: input.code });
    return published;
  }
}
