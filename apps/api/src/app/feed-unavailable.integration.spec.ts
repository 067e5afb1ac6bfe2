import { NestExpressApplication } from '@nestjs/platform-express';
import { createDataSource, createFeedKey, migrate } from '@ws/server-database';
import { createTestDatabase, eventually, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SERVICE, seedCatalogue } from './ingestion-fixture';
import { startPrivatePostgres } from './private-postgres';
import { startApi } from './test-stack';

const batch = Array.from({ length: 20 }, (_, n) => ({
  eventId: `u${n}`,
  type: 'case.opened',
  caseId: `U-${n}`,
  serviceCode: SERVICE,
  occurredAt: '2026-01-04T08:00:00+03:00',
  channel: 'web',
}));

const unavailable = {
  statusCode: 503,
  error: 'SERVICE_UNAVAILABLE',
  message: 'Storage is unavailable; nothing of this request was kept. Retry after the delay given.',
};

async function counts(dataSource: DataSource): Promise<{ batches: number; events: number }> {
  const [row]: { batches: number; events: number }[] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM event_batch) AS batches, (SELECT count(*)::int FROM feed_event) AS events`,
  );
  return row as { batches: number; events: number };
}

describe('the feed while Postgres is unavailable: 503 with Retry-After, nothing kept', () => {
  const post = (api: NestExpressApplication, key: string) =>
    request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(batch);

  it('answers 503 while its Postgres is stopped, and accepts the same batch whole once it is back', async () => {
    const postgres = await startPrivatePostgres();
    let dataSource: DataSource | undefined;
    let api: NestExpressApplication | undefined;
    try {
      const admin = new Client({ connectionString: postgres.adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE sla`);
      await admin.end();
      await migrate(postgres.url('sla'));
      dataSource = await createDataSource(postgres.url('sla')).initialize();
      await seedCatalogue(dataSource);
      const key = await createFeedKey(dataSource, 'MOI');
      api = await startApi({ databaseUrl: postgres.url('sla'), redisUrl: testRedisUrl(), prefix: uniquePrefix('feed_down') });
      await postgres.stop();
      // The feed key is looked up in Postgres too: with it down, the whole request is a 503.
      const refused = await post(api, key).expect(503);
      expect(refused.body).toEqual(unavailable);
      expect(refused.headers['retry-after']).toBe('5');
      await postgres.start();
      const accepted = await eventually(async () => {
        const response = await post(api as NestExpressApplication, key);
        return response.status === 202 ? response : undefined;
      }, 30_000);
      expect(accepted.body).toMatchObject({ accepted: batch.length, duplicates: 0, rejected: [] });
      expect(await counts(dataSource)).toEqual({ batches: 1, events: batch.length });
    } finally {
      await api?.close();
      if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
      await postgres.destroy();
    }
  }, 120_000);

  it('keeps nothing of a batch whose connection is lost in the middle of its transaction', async () => {
    const database = await createTestDatabase('feed_lost');
    const dataSource = await createDataSource(database.url).initialize();
    const api = await startApi({ databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('feed_lost') });
    const blocker = new Client({ connectionString: database.url });
    try {
      await seedCatalogue(dataSource);
      // The month's partition exists before feed_event is locked: the batch's own insert is what waits.
      await dataSource.query(`SELECT ensure_month_partitions($1, $1)`, [batch[0]?.occurredAt]);
      const key = await createFeedKey(dataSource, 'MOI');
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE feed_event IN EXCLUSIVE MODE');
      const answer = post(api, key).then((response) => response);
      // The batch row is written; the events wait for the lock: now its connection dies.
      await eventually(async () => {
        const rows: { pid: number }[] = await dataSource.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'COPY feed_event %'`,
        );
        return rows[0] ? await dataSource.query(`SELECT pg_terminate_backend($1)`, [rows[0].pid]) : undefined;
      });
      await blocker.query('ROLLBACK');
      const response = await answer;
      expect(response.status).toBe(503);
      expect(response.body).toEqual(unavailable);
      expect(await counts(dataSource)).toEqual({ batches: 0, events: 0 });
      const retried = await post(api, key).expect(202);
      expect(retried.body).toMatchObject({ accepted: batch.length, duplicates: 0 });
    } finally {
      await blocker.end().catch(() => undefined);
      await api.close();
      await dataSource.destroy();
      await database.drop();
    }
  });
});
