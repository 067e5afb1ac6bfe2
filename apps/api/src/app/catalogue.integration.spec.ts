import { NestExpressApplication } from '@nestjs/platform-express';
import { createUser } from '@ws/server-catalogue-store';
import { createDataSource } from '@ws/server-database';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi } from './test-stack';

const weekdays = (window: [string, string][]) => ({ sun: window, mon: window, tue: window, wed: window, thu: window, fri: [], sat: [] });
const calendar = {
  code: 'QA-TEST',
  nameAr: 'تقويم',
  nameEn: 'Test calendar',
  timezone: 'Asia/Qatar',
  weekly: weekdays([['07:00', '14:00']]),
  overrides: [],
  closures: [{ from: '2026-03-17', to: '2026-03-23', name: 'Eid al-Fitr', status: 'provisional', source: 'expected' }],
};
const service = {
  code: 'MOI-TEST',
  agency: 'MOI',
  nameAr: 'خدمة',
  nameEn: 'Test service',
  type: 'procedural',
  channels: ['web', 'counter'],
  digitised: true,
  sla: { target: { amount: 3, unit: 'workingDays' }, calendar: 'QA-TEST', atRiskRatio: 0.75 },
};

describe('administration of the catalogue', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase('catalogue');
    dataSource = await createDataSource(database.url).initialize();
    await dataSource.query(`INSERT INTO agency (code, name_en, name_ar) VALUES ('MOI', 'Interior', 'الداخلية')`);
    api = await startApi({ databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('catalogue') });
    const users = [
      { email: 'central@test.qa', role: 'central_office' as const, agency: null },
      { email: 'lead@test.qa', role: 'leadership' as const, agency: null },
      { email: 'manager@test.qa', role: 'agency_manager' as const, agency: 'MOI' },
    ];
    for (const user of users) {
      const { password } = await createUser(dataSource.manager, user, 'test');
      const login = await request(api.getHttpServer()).post('/api/v1/auth/login').send({ email: user.email, password }).expect(200);
      tokens[user.role] = login.body.token;
    }
  });

  afterAll(async () => {
    await api.close();
    await dataSource.destroy();
    await database.drop();
  });

  const as = (role: string) => ({ Authorization: `Bearer ${tokens[role]}` });
  const http = () => request(api.getHttpServer());

  it('signs in with a bearer token that expires, and refuses a wrong password', async () => {
    const me = await http().get('/api/v1/auth/me').set(as('agency_manager')).expect(200);
    expect(me.body).toEqual({ email: 'manager@test.qa', role: 'agency_manager', agency: 'MOI' });
    await http().post('/api/v1/auth/login').send({ email: 'central@test.qa', password: 'wrong-password' }).expect(401);
    const bad = await http().post('/api/v1/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['email', 'password']);
  });

  it('rate-limits sign-in attempts per email', async () => {
    let last = 0;
    for (let attempt = 0; attempt < 11; attempt += 1) {
      last = (await http().post('/api/v1/auth/login').send({ email: 'lead@test.qa', password: 'wrong-password' })).status;
    }
    expect(last).toBe(429);
  });

  it('lets only the central office change the catalogue', async () => {
    const agency = { code: 'MOJ', nameAr: 'وزارة العدل', nameEn: 'Ministry of Justice' };
    await http().post('/api/v1/agencies').send(agency).expect(401);
    await http().post('/api/v1/agencies').set(as('leadership')).send(agency).expect(403);
    await http().post('/api/v1/agencies').set(as('agency_manager')).send(agency).expect(403);
    await http().post('/api/v1/agencies').set(as('central_office')).send(agency).expect(201);
    const again = await http().post('/api/v1/agencies').set(as('central_office')).send(agency).expect(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'code', rule: 'unique' })]);
    const list = await http().get('/api/v1/agencies').set(as('leadership')).expect(200);
    expect(list.body.map((a: { code: string }) => a.code)).toEqual(['MOI', 'MOJ']);
  });

  it('names each field and rule of a bad calendar, and versions a good one', async () => {
    const overlapping = { ...calendar, weekly: { ...calendar.weekly, mon: [['07:00', '12:00'], ['11:00', '14:00']] }, timezone: 'Mars/Base' };
    const bad = await http().post('/api/v1/calendars').set(as('central_office')).send(overlapping).expect(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['timezone', 'weekly.mon[1]']));

    const created = await http().post('/api/v1/calendars').set(as('central_office')).send(calendar).expect(201);
    expect(created.body).toMatchObject({ code: 'QA-TEST', version: 1 });
    const confirmed = { ...calendar, closures: [{ ...calendar.closures[0], to: '2026-03-22', status: 'confirmed', source: 'Amiri Diwan' }], note: 'Eid confirmed' };
    const published = await http().put('/api/v1/calendars/QA-TEST').set(as('central_office')).send(confirmed).expect(200);
    expect(published.body).toMatchObject({ version: 2, note: 'Eid confirmed', publishedBy: 'user:central@test.qa' });
    expect(published.body.definition.closures[0]).toMatchObject({ status: 'confirmed', to: '2026-03-22' });

    const audit = await http().get('/api/v1/audit-log?entity=calendar&key=QA-TEST').set(as('central_office')).expect(200);
    expect(audit.body.map((entry: { action: string }) => entry.action)).toEqual(['publish-version', 'create']);
    expect(audit.body[0].before.version).toBe(1);
    expect(audit.body[0].after.version).toBe(2);
  });

  it('creates services with a versioned SLA, with precise errors', async () => {
    const bad = await http()
      .post('/api/v1/services')
      .set(as('central_office'))
      .send({ ...service, type: 'other', channels: ['fax'], sla: { target: { amount: -1, unit: 'weeks' }, calendar: 'QA-TEST' } })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual([
      'type:one-of',
      'channels:list-of',
      'sla.target.amount:range',
      'sla.target.unit:one-of',
    ]);
    const unknownCalendar = await http().post('/api/v1/services').set(as('central_office')).send({ ...service, sla: { ...service.sla, calendar: 'NOPE' } }).expect(400);
    expect(unknownCalendar.body.errors).toEqual([expect.objectContaining({ field: 'sla.calendar', rule: 'exists' })]);

    await http().post('/api/v1/services').set(as('central_office')).send(service).expect(201);
    const v2 = await http()
      .put('/api/v1/services/MOI-TEST/sla')
      .set(as('central_office'))
      .send({ target: { amount: 2, unit: 'workingDays' }, calendar: 'QA-TEST', atRiskRatio: 0.5 })
      .expect(200);
    expect(v2.body.sla).toMatchObject({ version: 2, target: { amount: 2, unit: 'workingDays' }, atRiskRatio: 0.5 });
    const versions = await dataSource.query(`SELECT version, target_amount::float8 AS amount FROM sla_definition ORDER BY version`);
    expect(versions).toEqual([{ version: 1, amount: 3 }, { version: 2, amount: 2 }]);
  });

  it('refuses to delete what history refers to, and deletes what nothing refers to', async () => {
    const refused = await http().delete('/api/v1/agencies/MOI').set(as('central_office')).expect(409);
    expect(refused.body.message).toMatch(/Deactivate it instead/);
    await http().patch('/api/v1/agencies/MOI').set(as('central_office')).send({ active: false }).expect(200);
    await http().delete('/api/v1/agencies/MOJ').set(as('central_office')).expect(204);
  });

  it('creates users and feed keys whose secrets are shown once and stored hashed', async () => {
    const created = await http().post('/api/v1/users').set(as('central_office')).send({ email: 'new@test.qa', role: 'leadership' }).expect(201);
    expect(created.body.password).toHaveLength(20);
    const [stored] = await dataSource.query(`SELECT password_hash FROM app_user WHERE email = 'new@test.qa'`);
    expect(stored.password_hash).toMatch(/^scrypt\$/);
    const key = await http().post('/api/v1/feed-keys').set(as('central_office')).send({ agency: 'MOI', label: 'case system' }).expect(201);
    const keys = await http().get('/api/v1/feed-keys').set(as('central_office')).expect(200);
    expect(JSON.stringify(keys.body)).not.toContain(key.body.key);
    await http().delete(`/api/v1/feed-keys/${keys.body[0].id}`).set(as('central_office')).expect(204);
    await http().post('/api/v1/events').set('Authorization', `Bearer ${key.body.key}`).send([]).expect(401);
    await http().get('/api/v1/users').set(as('agency_manager')).expect(403);
  });

  it('sets KPI targets and records maturity assessments, validated and audited', async () => {
    await dataSource.query(`INSERT INTO kpi (code, outcome_code, name_en, name_ar, unit, direction, baseline_year, baseline_value, target_2030, comparison, tolerance, demo)
      VALUES ('SLA_ADHERENCE', 'NDS3', 'SLA adherence', 'الالتزام', 'percent', 'higher', 2024, 0.7, 0.8, 'strict', 0.05, true)`);
    const bad = await http().put('/api/v1/kpis/SLA_ADHERENCE/target').set(as('central_office')).send({ baselineYear: 1990, baselineValue: 0.7, target2030: 0.8, comparison: 'more' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['baselineYear', 'comparison']);
    const set = await http().put('/api/v1/kpis/SLA_ADHERENCE/target').set(as('central_office'))
      .send({ baselineYear: 2024, baselineValue: 0.72, target2030: 0.8, comparison: 'strict', tolerance: 0.05 }).expect(200);
    expect(set.body).toMatchObject({ baselineValue: 0.72, target2030: 0.8, demo: false });
    const scores = { leadership: 4, technology: 4.5, eServices: 3, data: 3.5, sdg: 2, cybersecurity: 6 };
    const evidence = Object.fromEntries(Object.keys(scores).map((pillar) => [pillar, `evidence of ${pillar}`]));
    const badScores = await http().post('/api/v1/maturity').set(as('central_office')).send({ agency: 'MOI', assessedOn: '2026-06-30', scores, evidence }).expect(400);
    expect(badScores.body.errors).toEqual([expect.objectContaining({ field: 'scores.cybersecurity', rule: 'range' })]);
    await http().post('/api/v1/maturity').set(as('central_office')).send({ agency: 'MOI', assessedOn: '2026-06-30', scores: { ...scores, cybersecurity: 5 }, evidence }).expect(201);
    const listed = await http().get('/api/v1/maturity?agency=MOI').set(as('leadership')).expect(200);
    expect(listed.body).toEqual([
      { agency: 'MOI', assessedOn: '2026-06-30', demo: false, scores: { ...scores, cybersecurity: 5 }, evidence, revision: 1, recordedBy: 'user:central@test.qa', recordedAt: expect.any(String) },
    ]);
    const audit = await http().get('/api/v1/audit-log?entity=kpi').set(as('central_office')).expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'set-target', actor: 'user:central@test.qa' });
  });
});
