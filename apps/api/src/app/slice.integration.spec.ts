import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { BatchAcceptedResponse, ResolvedPerDayResponse } from '@ws/contracts';
import { createDataSource, createFeedKey } from '@ws/server-database';
import { BatchRecovery } from '@ws/server-ingestion';
import { createTestDatabase, eventually, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { seedCatalogue } from './ingestion-fixture';
import { startApi, startWorker, StackOptions } from './test-stack';

const SERVICE = 'MOI-RP-RENEW';

function event(eventId: string, type: string, caseId: string, occurredAt: string, extra: object = {}) {
  return { eventId, type, caseId, serviceCode: SERVICE, occurredAt, ...extra };
}

const openedAndResolved = [
  event('a1', 'case.opened', 'C-1', '2026-01-04T08:00:00+03:00', { channel: 'web' }),
  event('a2', 'case.resolved', 'C-1', '2026-01-05T09:00:00+03:00'),
  event('b1', 'case.opened', 'C-2', '2026-01-04T09:00:00+03:00', { channel: 'counter' }),
  // 23:30 UTC on the 5th is already the 6th in Qatar.
  event('b2', 'case.resolved', 'C-2', '2026-01-05T23:30:00Z'),
];

describe('the thin slice: feed -> Postgres -> BullMQ -> worker -> rollup -> read API', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let stack: StackOptions;
  let api: NestExpressApplication;
  let worker: INestApplication | undefined;
  let key: string;

  beforeAll(async () => {
    database = await createTestDatabase('slice');
    dataSource = await createDataSource(database.url).initialize();
    // Agencies, calendars and MOI-RP-RENEW with an SLA definition: the worker folds cases with it.
    await seedCatalogue(dataSource);
    key = await createFeedKey(dataSource, 'MOI');
    stack = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('slice') };
    api = await startApi(stack);
  });

  afterAll(async () => {
    await worker?.close();
    await api.close();
    await dataSource.destroy();
    await database.drop();
  });

  const post = (body: unknown, auth = `Bearer ${key}`) =>
    request(api.getHttpServer()).post('/api/v1/events').set('Authorization', auth).send(body as object);

  const resolvedPerDay = async (): Promise<Record<string, number>> => {
    const response = await request(api.getHttpServer()).get('/api/v1/metrics/resolved?from=2026-01-04&to=2026-01-06').expect(200);
    const body = response.body as ResolvedPerDayResponse;
    return Object.fromEntries(body.series.map((point) => [point.period, point.resolved]));
  };

  it('is healthy when Postgres and Redis answer', async () => {
    await request(api.getHttpServer()).get('/api/v1/health').expect(200, { status: 'ok', postgres: 'up', redis: 'up' });
  });

  it('keeps accepted batches in Postgres while no worker runs, and a recovery pass applies them after Redis lost the jobs', async () => {
    const response = await post(openedAndResolved).expect(202);
    const body = response.body as BatchAcceptedResponse;
    expect(body).toMatchObject({ accepted: 4, duplicates: 0, rejected: [] });

    const queue = new Queue('ingestion', { connection: { url: stack.redisUrl }, prefix: stack.prefix });
    await queue.obliterate({ force: true });
    await queue.close();
    expect(await resolvedPerDay()).toEqual({ '2026-01-04': 0, '2026-01-05': 0, '2026-01-06': 0 });

    worker = await startWorker(stack);
    expect(await worker.get(BatchRecovery).recover(0)).toBe(1);
    await eventually(async () => {
      const status = await request(api.getHttpServer()).get(`/api/v1/batches/${body.batchId}`).set('Authorization', `Bearer ${key}`).expect(200);
      return status.body.status === 'processed' ? true : undefined;
    });
    expect(await resolvedPerDay()).toEqual({ '2026-01-04': 0, '2026-01-05': 1, '2026-01-06': 1 });
  });

  it('counts a repeated event once, across and within batches', async () => {
    const repeat = await post([...openedAndResolved, openedAndResolved[1]]).expect(202);
    expect(repeat.body).toMatchObject({ accepted: 0, duplicates: 5, rejected: [] });
    // `resolved` counts resolved cycles: C-3 needs its opening to have one.
    const fresh = await post([
      event('c0', 'case.opened', 'C-3', '2026-01-05T08:00:00+03:00', { channel: 'web' }),
      event('c1', 'case.resolved', 'C-3', '2026-01-05T10:00:00+03:00'),
    ]).expect(202);
    await eventually(async () => ((await resolvedPerDay())['2026-01-05'] === 2 ? true : undefined));
    const batch = await request(api.getHttpServer()).get(`/api/v1/batches/${fresh.body.batchId}`).set('Authorization', `Bearer ${key}`).expect(200);
    expect(batch.body).toMatchObject({ status: 'processed', accepted: 2, duplicates: 0, rejected: 0 });
    expect(await resolvedPerDay()).toEqual({ '2026-01-04': 0, '2026-01-05': 2, '2026-01-06': 1 });
  });

  it('takes the valid part of a batch and names the field and rule of each rejected event', async () => {
    const response = await post([
      event('d1', 'case.opened', 'C-4', '2026-01-04T08:00:00+03:00', { channel: 'fax' }),
      event('d2', 'case.opened', 'C-5', '2026-01-04T08:00:00+03:00', { channel: 'web' }),
      { ...event('d3', 'case.resolved', 'C-5', '2026-01-04T08:00:00'), serviceCode: 'MOJ-ANY' },
    ]).expect(202);
    expect(response.body.accepted).toBe(1);
    expect(response.body.rejected).toEqual([
      { index: 0, eventId: 'd1', errors: [expect.objectContaining({ field: 'channel', rule: 'one-of' })] },
      {
        index: 2,
        eventId: 'd3',
        errors: [
          expect.objectContaining({ field: 'serviceCode', rule: 'own-service' }),
          expect.objectContaining({ field: 'occurredAt', rule: 'iso8601-with-offset' }),
        ],
      },
    ]);
  });

  it('refuses whole requests with a clear error body', async () => {
    const unauthorised = await post([], 'Bearer sfk_not-a-key').expect(401);
    expect(unauthorised.body).toMatchObject({ statusCode: 401, message: 'The feed key is unknown or revoked.' });
    await request(api.getHttpServer()).post('/api/v1/events').send([]).expect(401);
    const notArray = await post({ eventId: 'x' }).expect(400);
    expect(notArray.body.message).toBe('The body must be a JSON array of events.');
    await post('eventId,type').set('Content-Type', 'text/plain').expect(415);
    const tooMany = await post(Array.from({ length: 10_001 }, () => ({}))).expect(413);
    expect(tooMany.body.message).toMatch(/At most 10000 events/);
  });

  it('lists every day of the range, with a precise error for a bad range', async () => {
    const bad = await request(api.getHttpServer()).get('/api/v1/metrics/resolved?from=2026-01-10&to=2026-01-01').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'to', rule: 'not-before-from' })]);
  });

  it('serves the OpenAPI document', async () => {
    const response = await request(api.getHttpServer()).get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/events', '/api/v1/batches/{batchId}', '/api/v1/metrics/resolved', '/api/v1/health']),
    );
  });
});
