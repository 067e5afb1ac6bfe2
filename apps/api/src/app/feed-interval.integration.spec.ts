import { NestExpressApplication } from '@nestjs/platform-express';
import { FeedFreshnessResponse } from '@ws/contracts';
import { createUser } from '@ws/server-catalogue-store';
import { createDataSource } from '@ws/server-database';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi } from './test-stack';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DOHA_OFFSET = 3 * HOUR;
const WEEKEND = [5, 6];

/**
 * An instant between 2 and 7 hours of working time (Sun-Thu, Doha) before `now`, worked out here
 * rather than with the code under test: 2 hours ago on a working day past 03:00 Doha, else 20:00
 * Doha on the last working day before today (4 hours to its midnight, plus under 3 of today's).
 */
function fewWorkingHoursBefore(now: number): Date {
  const doha = new Date(now + DOHA_OFFSET);
  if (!WEEKEND.includes(doha.getUTCDay()) && doha.getUTCHours() >= 3) return new Date(now - 2 * HOUR);
  let day = Date.UTC(doha.getUTCFullYear(), doha.getUTCMonth(), doha.getUTCDate()) - DAY;
  while (WEEKEND.includes(new Date(day).getUTCDay())) day -= DAY;
  return new Date(day + 20 * HOUR - DOHA_OFFSET);
}

describe('each agency feed has its own expected interval, set by the central office', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase('feed_interval');
    dataSource = await createDataSource(database.url).initialize();
    await dataSource.query(`INSERT INTO agency (code, name_en, name_ar) VALUES ('MOI', 'Interior', 'الداخلية'), ('MOJ', 'Justice', 'العدل')`);
    api = await startApi({ databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('feed_interval') });
    const users = [
      { email: 'central@interval.qa', role: 'central_office' as const, agency: null },
      { email: 'lead@interval.qa', role: 'leadership' as const, agency: null },
      { email: 'manager@interval.qa', role: 'agency_manager' as const, agency: 'MOI' },
    ];
    for (const user of users) {
      const { password } = await createUser(dataSource.manager, user, 'test');
      tokens[user.role] = (await request(api.getHttpServer()).post('/api/v1/auth/login').send({ email: user.email, password }).expect(200)).body.token;
    }
  });

  afterAll(async () => {
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const as = (role: string) => ({ Authorization: `Bearer ${tokens[role]}` });
  const http = () => request(api.getHttpServer());
  const storedInterval = async (code: string): Promise<number> =>
    ((await dataSource.query(`SELECT feed_interval_hours FROM agency WHERE code = $1`, [code])) as { feed_interval_hours: number }[])[0]?.feed_interval_hours ?? NaN;

  it('starts every agency at 24 hours and shows the interval in the list and on one agency', async () => {
    const list = await http().get('/api/v1/agencies').set(as('leadership')).expect(200);
    expect(list.body.map((a: { code: string; feedIntervalHours: number }) => [a.code, a.feedIntervalHours])).toEqual([['MOI', 24], ['MOJ', 24]]);
  });

  it('refuses an interval that is not a whole number of hours from 1 to 720, naming the field', async () => {
    for (const feedIntervalHours of [0, 721, 2.5, '24', null]) {
      const bad = await http().patch('/api/v1/agencies/MOI').set(as('central_office')).send({ feedIntervalHours }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'feedIntervalHours', rule: 'range' })]);
    }
    const empty = await http().patch('/api/v1/agencies/MOI').set(as('central_office')).send({}).expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: '', rule: 'at-least-one' })]);
    expect(await storedInterval('MOI')).toBe(24);
  });

  it('lets only the central office change it', async () => {
    await http().patch('/api/v1/agencies/MOI').set(as('leadership')).send({ feedIntervalHours: 1 }).expect(403);
    await http().patch('/api/v1/agencies/MOI').set(as('agency_manager')).send({ feedIntervalHours: 1 }).expect(403);
    await http().patch('/api/v1/agencies/MOI').send({ feedIntervalHours: 1 }).expect(401);
    expect(await storedInterval('MOI')).toBe(24);
  });

  it('sets the interval, keeps the agency active, and audits the change', async () => {
    const changed = await http().patch('/api/v1/agencies/MOI').set(as('central_office')).send({ feedIntervalHours: 1 }).expect(200);
    expect(changed.body).toEqual({ code: 'MOI', nameAr: 'الداخلية', nameEn: 'Interior', active: true, feedIntervalHours: 1 });
    expect((await http().get('/api/v1/agencies/MOI').set(as('leadership')).expect(200)).body).toEqual(changed.body);
    expect(await storedInterval('MOI')).toBe(1);
    const audit = await http().get('/api/v1/audit-log?entity=agency&key=MOI').set(as('central_office')).expect(200);
    expect(audit.body[0]).toMatchObject({
      action: 'set-feed-interval',
      actor: 'user:central@interval.qa',
      before: { feedIntervalHours: 24, active: true },
      after: { feedIntervalHours: 1, active: true },
    });
  });

  it('calls a feed stale past its own interval of working time: 1 hour for MOI, 24 for MOJ', async () => {
    const received = fewWorkingHoursBefore(Date.now());
    await dataSource.query(
      `INSERT INTO event_batch (id, agency_id, status, accepted, duplicates, rejected, received_at, processed_at)
       SELECT gen_random_uuid(), id, 'processed', 1, 0, 0, $1, $1 FROM agency`,
      [received],
    );
    const body: FeedFreshnessResponse = (await http().get('/api/v1/feeds/freshness').set(as('leadership')).expect(200)).body;
    expect(body.agencies.map((row) => [row.agency.code, row.lastReceivedAt, row.expectedIntervalHours, row.stale])).toEqual([
      ['MOI', received.toISOString(), 1, true],
      ['MOJ', received.toISOString(), 24, false],
    ]);
    const csv = await http().get('/api/v1/feeds/freshness?format=csv').set(as('leadership')).expect(200);
    const [header, moi, moj] = csv.text.replace('\uFEFF', '').trimEnd().split('\r\n').map((line) => line.split(','));
    const column = header?.indexOf('expectedIntervalHours') ?? -1;
    expect([moi?.[column], moj?.[column]]).toEqual(['1', '24']);
  });

  it('sets the interval and the activation in one change, audited as an update', async () => {
    const changed = await http().patch('/api/v1/agencies/MOJ').set(as('central_office')).send({ active: false, feedIntervalHours: 168 }).expect(200);
    expect(changed.body).toMatchObject({ code: 'MOJ', active: false, feedIntervalHours: 168 });
    const audit = await http().get('/api/v1/audit-log?entity=agency&key=MOJ').set(as('central_office')).expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'update', before: { active: true, feedIntervalHours: 24 }, after: { active: false, feedIntervalHours: 168 } });
  });
});
