import { NestExpressApplication } from '@nestjs/platform-express';
import { TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { IncomingMessage, request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { feedDatabase, SERVICE } from './ingestion-fixture';
import { startApi } from './test-stack';

const IDLE_MS = 500;

describe('feed body idle timeout (FEED_BODY_IDLE_TIMEOUT_MS)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  let key: string;
  let port: number;

  beforeAll(async () => {
    ({ database, dataSource, key } = await feedDatabase('feed_idle'));
    api = await startApi({
      databaseUrl: database.url,
      redisUrl: testRedisUrl(),
      prefix: uniquePrefix('feed_idle'),
      feedBodyIdleTimeoutMs: IDLE_MS,
    });
    await api.listen(0, '127.0.0.1');
    port = (api.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(async () => {
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  it(`answers 408 idle-timeout to a body that stops arriving, and keeps nothing of it`, async () => {
    const event = {
      eventId: 'idle-1',
      type: 'case.opened',
      caseId: 'IDLE-1',
      serviceCode: SERVICE,
      occurredAt: '2026-01-04T08:00:00+03:00',
      channel: 'web',
    };
    const part = `[${JSON.stringify(event)},`;
    // A real socket: the headers promise more bytes than are ever sent, and the client then goes quiet.
    const client = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/events',
      agent: false,
      headers: {
        Authorization: `Bearer ${key}`,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(part) + 1000,
      },
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      client.on('response', resolve);
      client.on('error', reject);
    });
    client.write(part);
    const response = await answered;
    const body: unknown = JSON.parse((await response.toArray()).join(''));
    client.destroy();

    expect(response.statusCode).toBe(408);
    expect(body).toMatchObject({
      statusCode: 408,
      errors: [{ field: 'body', rule: 'idle-timeout' }],
    });
    const [stored] = await dataSource.query(
      `SELECT (SELECT count(*) FROM event_batch)::int AS batches,
              (SELECT count(*) FROM feed_event WHERE event_id = 'idle-1')::int AS events`,
    );
    expect(stored).toEqual({ batches: 0, events: 0 });
  });
});
