import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { QUEUE_OF_JOB, redisConnectionOptions } from '@ws/server-queue';
import { TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { feedDatabase, generateEvents, waitUntilProcessed } from './ingestion-fixture';
import { startApi, startWorker } from './test-stack';

/** Long enough that the three requests below are answered well before the first job is due. */
const APPLY_DELAY_MS = 5000;

describe('FEED_APPLY_DELAY_MS: batches arriving close together are applied in one transaction', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  let worker: INestApplication;
  let queue: Queue;
  let key: string;

  beforeAll(async () => {
    ({ database, dataSource, key } = await feedDatabase('apply_delay'));
    const options = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('apply_delay'), schedule: false };
    api = await startApi({ ...options, feedApplyDelayMs: APPLY_DELAY_MS });
    worker = await startWorker(options);
    queue = new Queue(QUEUE_OF_JOB['apply-batch'], { connection: redisConnectionOptions(options.redisUrl), prefix: options.prefix });
  });

  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('holds each job in the delayed set, then applies the three batches together', async () => {
    const events = generateEvents(20261203, 30);
    const third = Math.ceil(events.length / 3);
    const batchIds: string[] = [];
    for (const part of [events.slice(0, third), events.slice(third, 2 * third), events.slice(2 * third)]) {
      const response = await request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(part);
      expect(response.status).toBe(202);
      batchIds.push(response.body.batchId as string);
    }
    expect(await Promise.all(batchIds.map((id) => queue.getJobState(id)))).toEqual(['delayed', 'delayed', 'delayed']);

    await waitUntilProcessed(dataSource, 3);
    const rows: { processed_at: Date }[] = await dataSource.query(`SELECT processed_at FROM event_batch WHERE id = ANY($1::uuid[])`, [batchIds]);
    expect(new Set(rows.map((row) => row.processed_at.toISOString())).size).toBe(1);
    const [folded]: { events: number }[] = await dataSource.query(`SELECT sum(event_count)::int AS events FROM sla_case`);
    expect(folded?.events).toBe(events.length);
  });
});
