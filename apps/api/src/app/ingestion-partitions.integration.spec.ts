import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { PartitionKeeper } from '@ws/server-ingestion';
import { TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { feedDatabase, FeedEvent, SERVICE, waitUntilProcessed } from './ingestion-fixture';
import { startApi, startWorker } from './test-stack';

const opened: FeedEvent = {
  eventId: 'p-1',
  type: 'case.opened',
  caseId: 'P-1',
  serviceCode: SERVICE,
  occurredAt: '2025-01-30T09:00:00+03:00',
  channel: 'web',
};
const resolved: FeedEvent = {
  eventId: 'p-2',
  type: 'case.resolved',
  caseId: 'P-1',
  serviceCode: SERVICE,
  occurredAt: '2025-03-02T09:00:00+03:00',
};

describe('events and cycles partitioned by month', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  let worker: INestApplication;
  let key: string;

  const post = async (events: FeedEvent[]) => {
    const response = await request(api.getHttpServer())
      .post('/api/v1/events')
      .set('Authorization', `Bearer ${key}`)
      .send(events as object[]);
    expect(response.status).toBe(202);
    return response.body as { accepted: number; duplicates: number };
  };

  beforeAll(async () => {
    ({ database, dataSource, key } = await feedDatabase('partitions'));
    const options = {
      databaseUrl: database.url,
      redisUrl: testRedisUrl(),
      prefix: uniquePrefix('partitions'),
      schedule: false,
    };
    api = await startApi(options);
    worker = await startWorker(options);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('stores each event in the partition of its month, folds a case across months, and finds a repeat in any month', async () => {
    expect(await post([opened])).toMatchObject({ accepted: 1, duplicates: 0 });
    // The repeat of p-1 is dated in another month: still a duplicate, and a conflict with the kept copy.
    expect(
      await post([resolved, { ...opened, occurredAt: '2025-02-10T09:00:00+03:00' }]),
    ).toMatchObject({ accepted: 1, duplicates: 1 });
    await waitUntilProcessed(dataSource, 2);

    const events: { part: string; event_id: string }[] = await dataSource.query(
      `SELECT tableoid::regclass::text AS part, event_id FROM feed_event ORDER BY event_id`,
    );
    expect(events).toEqual([
      { part: 'feed_event_p202501', event_id: 'p-1' },
      { part: 'feed_event_p202503', event_id: 'p-2' },
    ]);
    const cycles: { part: string; status: string; stopped: boolean }[] = await dataSource.query(
      `SELECT tableoid::regclass::text AS part, status, stopped_at IS NOT NULL AS stopped FROM sla_cycle`,
    );
    expect(cycles).toEqual([
      {
        part: 'sla_cycle_p202501',
        status: expect.stringMatching(/^(met|breached)$/),
        stopped: true,
      },
    ]);
    const [range]: { from: string; to: string }[] = await dataSource.query(
      `SELECT events_from AS from, events_to AS to FROM sla_case WHERE case_id = 'P-1'`,
    );
    expect([
      new Date(range?.from ?? '').toISOString(),
      new Date(range?.to ?? '').toISOString(),
    ]).toEqual(['2025-01-30T06:00:00.000Z', '2025-03-02T06:00:00.000Z']);
    const conflicts: { event_id: string; kept: string }[] = await dataSource.query(
      `SELECT c.event_id, f.payload->>'occurredAt' AS kept FROM event_conflict c JOIN feed_event f ON f.id = c.kept_event_pk`,
    );
    expect(conflicts).toEqual([{ event_id: 'p-1', kept: opened.occurredAt }]);
  });

  it('keeps the current month and the three after it ready, creating each partition once', async () => {
    const keeper = worker.get(PartitionKeeper);
    const now = Date.parse('2031-05-10T12:00:00Z');
    expect(await keeper.keep(now)).toBe(8);
    expect(await keeper.keep(now)).toBe(0);
    const parts: { name: string }[] = await dataSource.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'sla_cycle'::regclass AND c.relname LIKE 'sla_cycle_p2031%' ORDER BY 1`,
    );
    expect(parts.map((part) => part.name)).toEqual([
      'sla_cycle_p203105',
      'sla_cycle_p203106',
      'sla_cycle_p203107',
      'sla_cycle_p203108',
    ]);
  });
});
