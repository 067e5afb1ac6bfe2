import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { publishSlaVersion } from '@ws/server-catalogue-store';
import { CaseRecompute } from '@ws/server-ingestion';
import { eventually, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { backlogDrift, FAST_SERVICE, feedDatabase, SERVICE, waitUntilProcessed } from './ingestion-fixture';
import { startApi, startWorker } from './test-stack';

describe('the clock between events: sweep, notifications, calendar changes', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  let worker: INestApplication;
  let key: string;
  let hook: Server;
  const received: unknown[] = [];
  let batches = 0;

  beforeAll(async () => {
    ({ database, dataSource, key } = await feedDatabase('clock'));
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    await dataSource.query(`UPDATE agency SET webhook_url = $1 WHERE code = 'MOI'`, [`http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`]);
    const options = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('clock'), recoveryIntervalMs: 1000 };
    api = await startApi(options);
    worker = await startWorker(options);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    hook?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const post = async (events: object[]): Promise<void> => {
    await request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(events).expect(202);
    batches += 1;
    await waitUntilProcessed(dataSource, batches);
  };
  const at = (offsetMs: number): string => new Date(Date.now() + offsetMs).toISOString();

  it('marks a running cycle at risk and breached as its clock runs out, notifying each threshold once', async () => {
    // Target 18 s (0.3 calendar minutes): 50% at +9 s, 75% at +13.5 s, due at +18 s, leaving a
    // loaded CI machine ample time to apply the batch before the first threshold.
    await post([{ eventId: 'f1', type: 'case.opened', caseId: 'F-1', serviceCode: FAST_SERVICE, occurredAt: at(0), channel: 'web' }]);
    const [cycle]: { status: string; due_at: Date; at_risk_50_at: Date }[] = await dataSource.query(`SELECT * FROM sla_cycle`);
    expect(cycle?.status).toBe('running');
    const kinds = await eventually(async () => {
      const rows: { kind: string; webhook_status: string }[] = await dataSource.query(`SELECT kind, webhook_status FROM notification ORDER BY at`);
      return rows.length === 3 && rows.every((row) => !['pending', 'sending'].includes(row.webhook_status)) ? rows : undefined;
    }, 60_000);
    expect(kinds).toEqual([
      { kind: 'at_risk_50', webhook_status: 'delivered' },
      { kind: 'at_risk_75', webhook_status: 'delivered' },
      { kind: 'breached', webhook_status: 'delivered' },
    ]);
    expect(received).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'breached', caseId: 'F-1', cycle: 1 })]));
    const [after]: { status: string; decided_at: Date }[] = await dataSource.query(`SELECT status, decided_at FROM sla_cycle`);
    expect(after?.status).toBe('breached_open');
    const [rollup]: { decided: number; breached: number }[] = await dataSource.query(`SELECT sum(decided)::int AS decided, sum(breached)::int AS breached FROM sla_rollup_day`);
    expect(rollup).toEqual({ decided: 1, breached: 1 });
    const backlog = `SELECT sum(running)::int AS running, sum(paused)::int AS paused, sum(at_risk)::int AS "atRisk", sum(breached)::int AS breached FROM sla_backlog`;
    expect(await dataSource.query(backlog)).toEqual([{ running: 0, paused: 0, atRisk: 0, breached: 1 }]);
    expect(await backlogDrift(dataSource)).toEqual([]);
    // Later sweeps and a late resolution neither notify again nor count the breach twice.
    await post([{ eventId: 'f2', type: 'case.resolved', caseId: 'F-1', serviceCode: FAST_SERVICE, occurredAt: at(0) }]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM notification`)).toEqual([{ n: 3 }]);
    expect(await dataSource.query(`SELECT sum(decided)::int AS decided, sum(breached)::int AS breached, sum(resolved)::int AS resolved FROM sla_rollup_day`)).toEqual([
      { decided: 1, breached: 1, resolved: 1 },
    ]);
    expect(await dataSource.query(backlog)).toEqual([{ running: 0, paused: 0, atRisk: 0, breached: 0 }]);
    expect(await backlogDrift(dataSource)).toEqual([]);
  });

  it('records nothing for a cycle that arrives already breached', async () => {
    await post([{ eventId: 'g1', type: 'case.opened', caseId: 'G-1', serviceCode: FAST_SERVICE, occurredAt: at(-60_000), channel: 'web' }]);
    await worker.get(CaseRecompute).sweep(Date.now());
    const rows: { status: string }[] = await dataSource.query(`SELECT c.status FROM sla_cycle c JOIN sla_case s ON s.id = c.case_pk WHERE s.case_id = 'G-1'`);
    expect(rows).toEqual([{ status: 'breached_open' }]);
    expect(await dataSource.query(`SELECT n.kind FROM notification n JOIN sla_case s ON s.id = n.case_pk WHERE s.case_id = 'G-1'`)).toEqual([]);
  });

  it('recomputes open cases after a calendar change, leaving decided cycles and recording a pending restatement', async () => {
    // Cycle 1 (opened Sun 4 Jan 07:00, 3 working days, resolved Thu 8 Jan 12:00) breached on Wed 7 Jan 07:00 (Asia/Qatar).
    await post([
      { eventId: 'h1', type: 'case.opened', caseId: 'H-1', serviceCode: SERVICE, occurredAt: '2026-01-04T07:00:00+03:00', channel: 'web' },
      { eventId: 'h2', type: 'case.resolved', caseId: 'H-1', serviceCode: SERVICE, occurredAt: '2026-01-08T12:00:00+03:00' },
      { eventId: 'h3', type: 'case.reopened', caseId: 'H-1', serviceCode: SERVICE, occurredAt: at(-3_600_000) },
    ]);
    const cyclesOf = (): Promise<{ cycle: number; status: string; due_at: Date | null; decided_at: Date | null }[]> =>
      dataSource.query(`SELECT c.cycle, c.status, c.due_at, c.decided_at FROM sla_cycle c JOIN sla_case s ON s.id = c.case_pk WHERE s.case_id = 'H-1' ORDER BY c.cycle`);
    const before = await cyclesOf();
    expect(before.map((cycle) => cycle.status)).toEqual(['breached', 'running']);
    // A new version closes 5-7 Jan and every day of the next two weeks: cycle 1 would be met, cycle 2 due later.
    const today = new Date().toISOString().slice(0, 10);
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const [{ id: calendarId }]: { id: number }[] = await dataSource.query(
      `INSERT INTO calendar_version (calendar_id, version, definition, published_at, published_by)
       SELECT calendar_id, 2, jsonb_set(definition, '{closures}', definition->'closures' || $1::jsonb), now(), 'test'
       FROM calendar_version WHERE calendar_id = (SELECT id FROM calendar WHERE code = 'QA-GOV') AND version = 1 RETURNING calendar_id AS id`,
      [JSON.stringify([{ from: '2026-01-05', to: '2026-01-07' }, { from: today, to: inTwoWeeks }])],
    );
    expect(await worker.get(CaseRecompute).recomputeOpenCases({ calendarId }, Date.now())).toBe(1);
    const after = await cyclesOf();
    expect(after[0]).toEqual(before[0]);
    expect(after[1]?.status).toBe('running');
    expect(after[1]?.due_at?.getTime()).toBeGreaterThan(before[1]?.due_at?.getTime() ?? Infinity);
    const pending: { cycle: number; reason: string; before: { status: string }; after: { status: string } }[] = await dataSource.query(
      `SELECT cycle, reason, before, after FROM restatement_pending`,
    );
    expect(pending).toEqual([
      { cycle: 1, reason: `calendar:${calendarId}`, before: expect.objectContaining({ status: 'breached' }), after: expect.objectContaining({ status: 'met' }) },
    ]);
  });

  it('keeps each case on the SLA version in force when it was opened', async () => {
    const v2 = { target: { amount: 1, unit: 'workingDays' as const }, calendar: 'QA-GOV', atRiskRatio: 0.75 };
    await dataSource.transaction((manager) => publishSlaVersion(manager, SERVICE, v2, 'test', new Date('2026-02-01T00:00:00+03:00')));
    await post([
      { eventId: 'v1', type: 'case.opened', caseId: 'V-1', serviceCode: SERVICE, occurredAt: '2026-01-25T08:00:00+03:00', channel: 'web' },
      { eventId: 'v2', type: 'case.opened', caseId: 'V-2', serviceCode: SERVICE, occurredAt: '2026-02-08T08:00:00+03:00', channel: 'web' },
      // Resolved two working days after opening: met under version 1 (3 days), breached under version 2 (1 day).
      { eventId: 'v3', type: 'case.resolved', caseId: 'V-1', serviceCode: SERVICE, occurredAt: '2026-01-27T08:00:00+03:00' },
      { eventId: 'v4', type: 'case.resolved', caseId: 'V-2', serviceCode: SERVICE, occurredAt: '2026-02-10T08:00:00+03:00' },
    ]);
    const rows = await dataSource.query(
      `SELECT s.case_id AS "caseId", d.version, c.status FROM sla_case s
       JOIN sla_definition d ON d.id = s.sla_definition_id JOIN sla_cycle c ON c.case_pk = s.id
       WHERE s.case_id IN ('V-1', 'V-2') ORDER BY s.case_id`,
    );
    expect(rows).toEqual([
      { caseId: 'V-1', version: 1, status: 'met' },
      { caseId: 'V-2', version: 2, status: 'breached' },
    ]);
  });
});
