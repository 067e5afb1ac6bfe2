import { NestExpressApplication } from '@nestjs/platform-express';
import { createCalendar, createUser, parseCalendarInput } from '@ws/server-catalogue-store';
import { createDataSource } from '@ws/server-database';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi } from './test-stack';

const day = (...windows: [string, string][]) => windows;
const officeWeek = {
  sun: day(['07:00', '14:00']),
  mon: day(['07:00', '14:00']),
  tue: day(['07:00', '14:00']),
  wed: day(['07:00', '14:00']),
  thu: day(['07:00', '14:00']),
  fri: [],
  sat: [],
};
const ramadan = {
  from: '2027-02-08',
  to: '2027-03-06',
  name: 'Ramadan 1448',
  weekly: { ...officeWeek, sun: day(['09:00', '14:00']) },
};
const eid = {
  from: '2027-03-07',
  to: '2027-03-13',
  name: 'Eid al-Fitr',
  status: 'provisional',
  source: 'astronomical',
};
const calendar = {
  code: 'QA-HOURS',
  nameAr: 'تقويم',
  nameEn: 'Hours calendar',
  timezone: 'Asia/Qatar',
  weekly: officeWeek,
  overrides: [ramadan],
  closures: [eid],
};

describe("editing a calendar's working and Ramadan hours (PUT /calendars/{code})", () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  const tokens: Record<string, string> = {};
  const as = (role: string) => ({ Authorization: `Bearer ${tokens[role]}` });
  const put = (role: string, body: object) =>
    request(api.getHttpServer()).put('/api/v1/calendars/QA-HOURS').set(as(role)).send(body);

  beforeAll(async () => {
    database = await createTestDatabase('calendar-hours');
    dataSource = await createDataSource(database.url).initialize();
    await dataSource.query(
      `INSERT INTO agency (code, name_en, name_ar) VALUES ('MOI', 'Interior', 'الداخلية')`,
    );
    await createCalendar(dataSource.manager, parseCalendarInput(calendar), 'test');
    api = await startApi({
      databaseUrl: database.url,
      redisUrl: testRedisUrl(),
      prefix: uniquePrefix('calendar-hours'),
    });
    for (const user of [
      { email: 'central@test.qa', role: 'central_office' as const, agency: null },
      { email: 'manager@test.qa', role: 'agency_manager' as const, agency: 'MOI' },
    ]) {
      const { password } = await createUser(dataSource.manager, user, 'test');
      tokens[user.role] = (
        await request(api.getHttpServer())
          .post('/api/v1/auth/login')
          .send({ email: user.email, password })
          .expect(200)
      ).body.token;
    }
  });

  afterAll(async () => {
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('publishes split and overnight windows and new Ramadan hours as the next version, audited', async () => {
    const weekly = {
      ...officeWeek,
      sun: day(['07:00', '12:00'], ['16:00', '19:00']),
      wed: day(['07:00', '14:00'], ['22:00', '24:00']),
      thu: day(['00:00', '06:00'], ['07:00', '14:00']),
    };
    const overrides = [{ ...ramadan, weekly: { ...ramadan.weekly, mon: day(['10:00', '15:00']) } }];
    const published = await put('central_office', {
      ...calendar,
      weekly,
      overrides,
      expectedVersion: 1,
      note: 'split Sunday, night shift',
    }).expect(200);
    expect(published.body).toMatchObject({
      version: 2,
      note: 'split Sunday, night shift',
      publishedBy: 'user:central@test.qa',
    });
    expect(published.body.definition.weekly).toEqual(weekly);
    expect(published.body.definition.overrides[0].weekly.mon).toEqual([['10:00', '15:00']]);
    expect(published.body.definition.closures).toEqual([eid]);

    const audit = await request(api.getHttpServer())
      .get('/api/v1/audit-log?entity=calendar&key=QA-HOURS')
      .set(as('central_office'))
      .expect(200);
    const entry = audit.body.find((row: { action: string }) => row.action === 'publish-version');
    expect(entry.before).toMatchObject({ version: 1, definition: { weekly: officeWeek } });
    expect(entry.after).toMatchObject({ version: 2, definition: { weekly } });
  });

  it('names every broken window and Ramadan date by its path, and publishes nothing', async () => {
    const weekly = {
      ...officeWeek,
      mon: day(['07:00', '12:00'], ['11:00', '14:00']),
      tue: day(['14:00', '07:00']),
    };
    const overrides = [
      {
        ...ramadan,
        from: '2027-03-10',
        to: '2027-03-01',
        weekly: { ...ramadan.weekly, sun: day(['9am', '14:00']) },
      },
    ];
    const refused = await put('central_office', { ...calendar, weekly, overrides }).expect(400);
    expect(
      refused.body.errors.map((e: { field: string; rule: string }) => [e.field, e.rule]),
    ).toEqual([
      ['weekly.mon[1]', 'windows must not overlap'],
      ['weekly.tue[0]', 'start must be before end'],
      ['overrides[0]', 'from must not be after to'],
      ['overrides[0].weekly.sun[0][0]', 'must be a local time'],
    ]);
    const closed = await put('central_office', { ...calendar, weekly: {}, overrides: [] }).expect(
      400,
    );
    expect(closed.body.errors).toEqual([
      expect.objectContaining({ field: 'weekly', rule: 'must have open time' }),
    ]);
    const current = await request(api.getHttpServer())
      .get('/api/v1/calendars/QA-HOURS')
      .set(as('agency_manager'))
      .expect(200);
    expect(current.body.version).toBe(2);
  });

  it('refuses a change made from an older version, and anyone but the central office', async () => {
    const stale = await put('central_office', { ...calendar, expectedVersion: 1 }).expect(409);
    expect(stale.body.errors).toEqual([
      expect.objectContaining({ field: 'expectedVersion', rule: 'current' }),
    ]);
    const badVersion = await put('central_office', { ...calendar, expectedVersion: 'two' }).expect(
      400,
    );
    expect(badVersion.body.errors).toEqual([expect.objectContaining({ field: 'expectedVersion' })]);
    await put('agency_manager', { ...calendar, expectedVersion: 2 }).expect(403);
    await put('central_office', { ...calendar, expectedVersion: 2 }).expect(200);
  });
});
