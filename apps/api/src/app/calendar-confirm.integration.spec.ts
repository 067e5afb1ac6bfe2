import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { addWorkingDays, compileCalendar, TimeWindow, WeeklySchedule } from '@ws/sla-engine';
import { createCalendar, createService, createUser, parseCalendarInput, parseServiceInput } from '@ws/server-catalogue-store';
import { createDataSource, createFeedKey } from '@ws/server-database';
import { createTestDatabase, eventually, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { waitUntilProcessed } from './ingestion-fixture';
import { startApi, startWorker } from './test-stack';

const DAY_MS = 86_400_000;
const QATAR_OFFSET_MS = 3 * 3_600_000;
const qatarDate = (days: number): string => new Date(Date.now() + QATAR_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
const allDay: TimeWindow[] = [['00:00', '24:00']];
// Open every hour of every day, so only the holidays move a due date.
const weekly: WeeklySchedule = { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay };
const eid = { from: qatarDate(1), to: qatarDate(2), name: 'Eid al-Adha', status: 'provisional', source: 'astronomical, ±1 day' };
const nationalDay = { from: qatarDate(40), to: qatarDate(40), name: 'National Day', status: 'provisional', source: 'rule' };
const calendar = { code: 'QA-EID', nameAr: 'تقويم', nameEn: 'Eid calendar', timezone: 'Asia/Qatar', weekly, overrides: [], closures: [eid, nationalDay] };

describe('confirming a provisional holiday', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  let worker: INestApplication;
  let feedKey: string;
  const tokens: Record<string, string> = {};
  const openedAt = Math.floor(Date.now() / 1000) * 1000;

  beforeAll(async () => {
    database = await createTestDatabase('calendar-confirm');
    dataSource = await createDataSource(database.url).initialize();
    await dataSource.query(`INSERT INTO agency (code, name_en, name_ar) VALUES ('MOI', 'Interior', 'الداخلية')`);
    await createCalendar(dataSource.manager, parseCalendarInput(calendar), 'test');
    const service = { code: 'MOI-EID', agency: 'MOI', nameAr: 'خدمة', nameEn: 'Service', type: 'procedural', channels: ['web'], digitised: true };
    await createService(dataSource.manager, parseServiceInput({ ...service, sla: { target: { amount: 3, unit: 'workingDays' }, calendar: 'QA-EID' } }), 'test');
    feedKey = await createFeedKey(dataSource, 'MOI');
    const options = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('calendar-confirm') };
    api = await startApi(options);
    worker = await startWorker(options);
    for (const user of [
      { email: 'central@test.qa', role: 'central_office' as const, agency: null },
      { email: 'manager@test.qa', role: 'agency_manager' as const, agency: 'MOI' },
    ]) {
      const { password } = await createUser(dataSource.manager, user, 'test');
      const login = await request(api.getHttpServer()).post('/api/v1/auth/login').send({ email: user.email, password }).expect(200);
      tokens[user.role] = login.body.token;
    }
    await request(api.getHttpServer())
      .post('/api/v1/events')
      .set('Authorization', `Bearer ${feedKey}`)
      .send([{ eventId: 'e1', type: 'case.opened', caseId: 'C-1', serviceCode: 'MOI-EID', occurredAt: new Date(openedAt).toISOString(), channel: 'web' }])
      .expect(202);
    await waitUntilProcessed(dataSource, 1);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const http = () => request(api.getHttpServer());
  const as = (role: string) => ({ Authorization: `Bearer ${tokens[role]}` });
  const confirmUrl = (date: string) => `/api/v1/calendars/QA-EID/holidays/${date}/confirm`;
  const dueAt = async (): Promise<number | undefined> => {
    const rows: { due_at: Date }[] = await dataSource.query(`SELECT c.due_at FROM sla_cycle c JOIN sla_case s ON s.id = c.case_pk WHERE s.case_id = 'C-1'`);
    return rows[0]?.due_at.getTime();
  };
  const expectedDue = (closures: { from: string; to: string }[]): number | null =>
    addWorkingDays(compileCalendar({ timezone: 'Asia/Qatar', weekly, closures }), openedAt, 3);

  it('refuses other roles, bad dates and days that start no holiday', async () => {
    await http().post(confirmUrl(eid.from)).set(as('agency_manager')).send({}).expect(403);
    const badPath = await http().post(confirmUrl('next-eid')).set(as('central_office')).send({}).expect(400);
    expect(badPath.body.errors).toEqual([expect.objectContaining({ field: 'date', rule: 'date' })]);
    const badBody = await http().post(confirmUrl(eid.from)).set(as('central_office')).send({ date: '2026-02-30' }).expect(400);
    expect(badBody.body.errors).toEqual([expect.objectContaining({ field: 'date', rule: 'date' })]);
    await http().post(confirmUrl(qatarDate(3))).set(as('central_office')).send({}).expect(404);
  });

  it('moves the Eid to the announced day, publishes a version, recomputes the open case and audits it', async () => {
    const before = await dueAt();
    expect(before).toBe(expectedDue([eid, nationalDay]));
    const announced = qatarDate(10);
    const response = await http().post(confirmUrl(eid.from)).set(as('central_office')).send({ date: announced, source: 'Amiri Diwan' }).expect(200);
    const movedEid = { ...eid, from: announced, to: qatarDate(11), status: 'confirmed', source: 'Amiri Diwan' };
    expect(response.body).toMatchObject({ code: 'QA-EID', version: 2, publishedBy: 'user:central@test.qa' });
    expect(response.body.definition.closures).toEqual([movedEid, nationalDay]);
    expect(response.body.note).toContain(`moved from ${eid.from}..${eid.to}`);

    const recomputed = expectedDue([movedEid, nationalDay]);
    expect(recomputed).not.toBe(before);
    expect(await eventually(async () => ((await dueAt()) === recomputed ? recomputed : undefined), 30_000)).toBe(recomputed);

    const audit = await http().get('/api/v1/audit-log?entity=calendar').set(as('central_office')).expect(200);
    const actions = (audit.body as { action: string; entityKey: string }[]).map((entry) => `${entry.action} ${entry.entityKey}`);
    expect(actions).toEqual(expect.arrayContaining(['publish-version QA-EID', `confirm-holiday QA-EID/${eid.from}`]));

    const again = await http().post(confirmUrl(announced)).set(as('central_office')).send({}).expect(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'date', rule: 'provisional' })]);
  });

  it('confirms a holiday where it stands when no date is given', async () => {
    const response = await http().post(confirmUrl(nationalDay.from)).set(as('central_office')).expect(200);
    expect(response.body.version).toBe(3);
    expect(response.body.definition.closures[1]).toEqual({ ...nationalDay, status: 'confirmed', source: 'confirmed by the central office' });
  });
});
