import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createUser } from '@ws/server-catalogue-store';
import { createDataSource, createFeedKey } from '@ws/server-database';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SERVICE, seedCatalogue, waitUntilProcessed } from './ingestion-fixture';
import { startApi, startWorker } from './test-stack';

const DAY = 86_400_000;
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString();
const event = (eventId: string, type: string, caseId: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
  eventId,
  type,
  caseId,
  serviceCode: SERVICE,
  occurredAt,
  ...extra,
});

describe("an agency's feed anomalies", () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  let worker: INestApplication;
  const tokens: Record<string, string> = {};
  const sent = {
    badChannel: event('a1', 'case.opened', 'A-1', daysAgo(1), { channel: 'fax' }),
    kept: event('k1', 'case.opened', 'K-1', daysAgo(3), { channel: 'web' }),
    conflicting: event('k1', 'case.opened', 'K-1', daysAgo(4), { channel: 'web' }),
    orphanOld: event('o1', 'case.resolved', 'ORPH-OLD', daysAgo(10)),
    orphanOldSurvey: event('o2', 'survey.submitted', 'ORPH-OLD', daysAgo(9), { channel: 'web', survey: { score: 4, scale: 'csat5' } }),
    orphanRecent: event('o3', 'case.resolved', 'ORPH-NEW', daysAgo(2)),
    early: event('b0', 'case.paused', 'B-1', '2026-01-09T10:00:00+03:00', { reason: 'other' }),
    opening: event('b1', 'case.opened', 'B-1', '2026-01-10T10:00:00+03:00', { channel: 'web' }),
  };

  beforeAll(async () => {
    database = await createTestDatabase('anomalies');
    dataSource = await createDataSource(database.url).initialize();
    await seedCatalogue(dataSource);
    const key = await createFeedKey(dataSource, 'MOI');
    const stack = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('anomalies') };
    api = await startApi(stack);
    worker = await startWorker({ ...stack, schedule: false });
    const users = [
      { email: 'central@test.qa', role: 'central_office' as const, agency: null },
      { email: 'lead@test.qa', role: 'leadership' as const, agency: null },
      { email: 'moi@test.qa', role: 'agency_manager' as const, agency: 'MOI' },
      { email: 'moj@test.qa', role: 'agency_manager' as const, agency: 'MOJ' },
    ];
    for (const user of users) {
      const { password } = await createUser(dataSource.manager, user, 'test');
      const login = await request(api.getHttpServer()).post('/api/v1/auth/login').send({ email: user.email, password }).expect(200);
      tokens[user.email] = login.body.token;
    }
    const feed = (type: string, body: string) =>
      request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).set('Content-Type', type).send(body).expect(202);
    await feed('application/json', JSON.stringify([sent.badChannel, sent.kept, sent.orphanOld, sent.orphanOldSurvey, sent.orphanRecent, sent.early, sent.opening]));
    await feed('application/x-ndjson', `${JSON.stringify(sent.conflicting)}\n{"eventId": "broken"\n`);
    await waitUntilProcessed(dataSource, 2);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const get = (path: string, email = 'central@test.qa') => request(api.getHttpServer()).get(`/api/v1/agencies/${path}`).set('Authorization', `Bearer ${tokens[email]}`);

  it('counts every kind and lists rejected events newest first, as they were sent', async () => {
    const response = await get('MOI/anomalies').expect(200);
    expect(response.body).toMatchObject({ agency: 'MOI', from: null, to: null, kind: 'rejected', page: 1, pageSize: 50, total: 2 });
    expect(response.body.counts).toEqual({ rejected: 2, conflict: 1, orphan: 1, before_opening: 1 });
    expect(response.body.items.map((item: { eventId: string | null; index: number; raw: unknown }) => [item.eventId, item.index, item.raw])).toEqual([
      [null, 1, '{"eventId": "broken"'],
      ['a1', 0, sent.badChannel],
    ]);
    const second = await get('MOI/anomalies?pageSize=1&page=2').expect(200);
    expect(second.body.items.map((item: { eventId: string | null }) => item.eventId)).toEqual(['a1']);
  });

  it('lists conflicts with both copies, orphans past 7 days and events dated before the opening', async () => {
    const conflicts = await get('MOI/anomalies?kind=conflict').expect(200);
    expect(conflicts.body.items).toEqual([
      expect.objectContaining({ eventId: 'k1', kept: sent.kept, received: sent.conflicting }),
    ]);
    const orphans = await get('MOI/anomalies?kind=orphan').expect(200);
    expect(orphans.body.items).toEqual([
      { caseId: 'ORPH-OLD', serviceCode: SERVICE, events: 2, firstEventAt: sent.orphanOld.occurredAt, lastEventAt: sent.orphanOldSurvey.occurredAt },
    ]);
    const early = await get('MOI/anomalies?kind=before_opening').expect(200);
    expect(early.body.items).toEqual([
      { caseId: 'B-1', openedAt: new Date(sent.opening.occurredAt).toISOString(), eventId: 'b0', type: 'case.paused', occurredAt: new Date(sent.early.occurredAt).toISOString() },
    ]);
  });

  it('narrows every count to the local dates asked for', async () => {
    const january = await get('MOI/anomalies?kind=before_opening&from=2026-01-09&to=2026-01-09').expect(200);
    expect(january.body.counts).toEqual({ rejected: 0, conflict: 0, orphan: 0, before_opening: 1 });
    // 10:00 Asia/Qatar on 9 January is still 9 January there; the day before holds nothing.
    const before = await get('MOI/anomalies?kind=before_opening&from=2026-01-08&to=2026-01-08').expect(200);
    expect(before.body.total).toBe(0);
  });

  it('gives an agency manager their own agency only, and the same 404 for another as for none', async () => {
    await get('MOI/anomalies', 'moi@test.qa').expect(200);
    await get('MOI/anomalies', 'lead@test.qa').expect(200);
    const other = await get('MOI/anomalies', 'moj@test.qa').expect(404);
    const unknown = await get('NOPE/anomalies', 'central@test.qa').expect(404);
    expect(other.body.message).toBe('No agency MOI.');
    expect(unknown.body.message).toBe('No agency NOPE.');
    await request(api.getHttpServer()).get('/api/v1/agencies/MOI/anomalies').expect(401);
  });

  it('exports the page as CSV with a byte-order mark', async () => {
    const response = await get('MOI/anomalies?kind=orphan&format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.text).toBe(`\uFEFFcaseId,serviceCode,events,firstEventAt,lastEventAt\r\nORPH-OLD,${SERVICE},2,${sent.orphanOld.occurredAt},${sent.orphanOldSurvey.occurredAt}\r\n`);
  });

  it('names every bad query parameter', async () => {
    const response = await get('MOI/anomalies?kind=late&from=2026-02-30&pageSize=5000').expect(400);
    expect(response.body.errors.map((error: { field: string; rule: string }) => `${error.field}:${error.rule}`)).toEqual([
      'kind:one-of',
      'from:date',
      'pageSize:range',
    ]);
  });

  it('is described in the OpenAPI document, with the restatement review and the feed formats', async () => {
    const { body } = await request(api.getHttpServer()).get('/api/docs-json').expect(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/agencies/{agency}/anomalies', '/api/v1/restatements', '/api/v1/restatements/{reason}/apply', '/api/v1/restatements/{reason}/reject']),
    );
    expect(Object.keys(body.paths['/api/v1/events'].post.requestBody.content)).toEqual(['application/json', 'application/x-ndjson', 'text/csv']);
    expect(Object.keys(body.paths['/api/v1/events'].post.responses)).toEqual(['202', '400', '401', '408', '413', '415', '429', '503']);
  });
});
