import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createUser } from '@ws/server-catalogue-store';
import { createDataSource, createFeedKey } from '@ws/server-database';
import { CaseRecompute } from '@ws/server-ingestion';
import { CalendarDefinition, compileCalendar, evaluateCase, periodLabel } from '@ws/sla-engine';
import { createTestDatabase, eventually, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SERVICE, seedCatalogue, stateSnapshot, waitUntilProcessed } from './ingestion-fixture';
import { startApi, startWorker } from './test-stack';

const ZONE = 'Asia/Qatar';
const seedCalendar = JSON.parse(readFileSync(join(__dirname, '../../../../seed-data/calendars/qatar-government.json'), 'utf8')) as CalendarDefinition & {
  code: string;
};
const closure = { from: '2026-01-05', to: '2026-01-07', name: 'Test closure', nameAr: 'إغلاق', status: 'confirmed', source: 'test' } as const;
const withClosure = { ...seedCalendar, closures: [...(seedCalendar.closures ?? []), closure] };

// Cycle 1: opened Sun 4 Jan 07:00, 3 working days, resolved Thu 8 Jan 12:00; cycle 2 reopened an hour ago (the case stays open).
const events = [
  { eventId: 'h1', type: 'case.opened', caseId: 'H-1', serviceCode: SERVICE, occurredAt: '2026-01-04T07:00:00+03:00', channel: 'web' },
  { eventId: 'h2', type: 'case.resolved', caseId: 'H-1', serviceCode: SERVICE, occurredAt: '2026-01-08T12:00:00+03:00' },
  { eventId: 'h3', type: 'case.reopened', caseId: 'H-1', serviceCode: SERVICE, occurredAt: new Date(Date.now() - 3_600_000).toISOString() },
];

type DayCounts = Record<string, { decided: number; met: number; breached: number }>;

/** First-cycle figures per day as the SLA engine gives them under a calendar: what the rollups must hold. */
function expectedFirstCycle(calendar: CalendarDefinition): { status: string; days: DayCounts } {
  const { cycles } = evaluateCase({
    events: events.map((e) => ({ eventId: e.eventId, type: e.type, occurredAt: Date.parse(e.occurredAt) })),
    target: { amount: 3, unit: 'workingDays' },
    atRiskRatio: 0.75,
    calendar: compileCalendar(calendar),
    asOf: Date.now(),
  });
  const first = cycles[0];
  if (!first || first.decidedAt === null) throw new Error('cycle 1 should be decided');
  const met = first.status === 'met' ? 1 : 0;
  return { status: first.status, days: { [periodLabel(first.decidedAt, 'day', ZONE)]: { decided: 1, met, breached: 1 - met } } };
}

describe('restatements: a calendar change that would move a decided cycle is applied or rejected, audited', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  let worker: INestApplication;
  let reason: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase('restatement');
    dataSource = await createDataSource(database.url).initialize();
    await seedCatalogue(dataSource);
    const key = await createFeedKey(dataSource, 'MOI');
    const stack = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('restatement') };
    api = await startApi(stack);
    worker = await startWorker({ ...stack, recoveryIntervalMs: 1000, schedule: false });
    for (const [email, role, agency] of [['central@test.qa', 'central_office', null], ['lead@test.qa', 'leadership', null], ['moi@test.qa', 'agency_manager', 'MOI']] as const) {
      const { password } = await createUser(dataSource.manager, { email, role, agency }, 'test');
      tokens[role] = (await request(api.getHttpServer()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.token;
    }
    await request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(events).expect(202);
    await waitUntilProcessed(dataSource, 1);
    const [calendar]: { id: number }[] = await dataSource.query(`SELECT id FROM calendar WHERE code = 'QA-GOV'`);
    reason = `calendar:${calendar?.id}`;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const as = (role: string) => ({ Authorization: `Bearer ${tokens[role]}` });
  const http = () => request(api.getHttpServer());
  const firstCycleStatus = async (): Promise<string> =>
    (await dataSource.query(`SELECT c.status FROM sla_cycle c JOIN sla_case s ON s.id = c.case_pk WHERE s.case_id = 'H-1' AND c.cycle = 1`))[0].status;
  const rollupDays = async (): Promise<DayCounts> => {
    const rows: { day: string; decided: number; met: number; breached: number }[] = await dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(decided)::int AS decided, sum(met)::int AS met, sum(breached)::int AS breached
       FROM sla_rollup_day GROUP BY day HAVING sum(decided) <> 0 OR sum(met) <> 0 OR sum(breached) <> 0 ORDER BY day`,
    );
    return Object.fromEntries(rows.map(({ day, ...counts }) => [day, counts]));
  };
  const publish = async (calendar: object): Promise<void> => {
    await http().put('/api/v1/calendars/QA-GOV').set(as('central_office')).send(calendar).expect(200);
    await eventually(async () => ((await dataSource.query(`SELECT 1 FROM restatement_pending`)).length > 0 ? true : undefined), 30_000);
  };

  it('lists a pending restatement after a calendar change, then applies it to the cycle and the rollups', async () => {
    const published = expectedFirstCycle(seedCalendar);
    const restated = expectedFirstCycle(withClosure);
    expect(restated.status).not.toBe(published.status);
    expect(await rollupDays()).toEqual(published.days);

    await publish(withClosure);
    // The published figures have not moved: the change waits for review.
    expect(await firstCycleStatus()).toBe(published.status);
    expect(await rollupDays()).toEqual(published.days);
    await http().get('/api/v1/restatements').set(as('agency_manager')).expect(403);
    const listed = await http().get('/api/v1/restatements').set(as('leadership')).expect(200);
    const month = (days: DayCounts) => Object.values(days)[0];
    expect(listed.body).toEqual({
      restatements: [
        { reason, subject: 'QA-GOV', cycles: 1, cases: 1, firstDetectedAt: expect.any(String), months: [{ month: '2026-01', before: month(published.days), after: month(restated.days) }] },
      ],
    });

    await http().post(`/api/v1/restatements/${reason}/apply`).set(as('leadership')).send({ note: 'x' }).expect(403);
    const noNote = await http().post(`/api/v1/restatements/${reason}/apply`).set(as('central_office')).send({}).expect(400);
    expect(noNote.body.errors).toEqual([expect.objectContaining({ field: 'note', rule: 'text' })]);
    const note = 'Closure of 5-7 January confirmed by the Amiri Diwan';
    const applied = await http().post(`/api/v1/restatements/${reason}/apply`).set(as('central_office')).send({ note }).expect(200);
    expect(applied.body).toEqual({ reason, decision: 'applied', cycles: 1, months: listed.body.restatements[0].months });

    expect(await firstCycleStatus()).toBe(restated.status);
    expect(await rollupDays()).toEqual(restated.days);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM restatement_pending`)).toEqual([{ n: 0 }]);
    const audit = await dataSource.query(`SELECT actor, action, entity_key AS "key", before, after FROM audit_log WHERE entity = 'restatement'`);
    expect(audit).toEqual([
      {
        actor: 'user:central@test.qa',
        action: 'restatement.apply',
        key: reason,
        before: { months: [{ month: '2026-01', ...month(published.days) }] },
        after: { note, cycles: 1, months: [{ month: '2026-01', ...month(restated.days) }] },
      },
    ]);
    // The rollups equal a fold of every event under the calendar now in force.
    const restatedState = await stateSnapshot(dataSource);
    await worker.get(CaseRecompute).rebuildAll(Date.now());
    expect(await stateSnapshot(dataSource)).toEqual(restatedState);
  });

  it('rejects a restatement: the pending cycles go, the published figures stay, the decision is audited', async () => {
    const published = expectedFirstCycle(withClosure);
    await publish(seedCalendar);
    const note = 'The closure stands; the later version was published by mistake';
    const rejected = await http().post(`/api/v1/restatements/${reason}/reject`).set(as('central_office')).send({ note }).expect(200);
    const month = Object.values(published.days)[0];
    expect(rejected.body).toEqual({ reason, decision: 'rejected', cycles: 1, months: [{ month: '2026-01', before: month, after: month }] });
    expect(await firstCycleStatus()).toBe(published.status);
    expect(await rollupDays()).toEqual(published.days);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM restatement_pending`)).toEqual([{ n: 0 }]);
    expect(await dataSource.query(`SELECT action, after->>'note' AS note FROM audit_log WHERE entity = 'restatement' ORDER BY id`)).toEqual([
      { action: 'restatement.apply', note: expect.any(String) },
      { action: 'restatement.reject', note },
    ]);
    await http().post(`/api/v1/restatements/${reason}/reject`).set(as('central_office')).send({ note }).expect(404);
  });
});
