import { NestExpressApplication } from '@nestjs/platform-express';
import { createFeedKey } from '@ws/server-database';
import { TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { once } from 'node:events';
import { ClientRequest, IncomingMessage, request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { feedDatabase, SERVICE } from './ingestion-fixture';
import { startApi } from './test-stack';

const TEN_MB = 10 * 1024 * 1024;
const RATE = 3;

interface Answer {
  status: number;
  body: { message?: string };
  /** Body bytes written before the answer came. */
  sent: number;
}

describe('feed limits: 10 MB, 10,000 events, the agency rate', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  let limitedApi: NestExpressApplication;
  let key: string;
  let otherKey: string;
  let port: number;

  beforeAll(async () => {
    ({ database, dataSource, key } = await feedDatabase('feed_limits'));
    otherKey = await createFeedKey(dataSource, 'MOJ');
    api = await startApi({ databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('feed_limits') });
    await api.listen(0, '127.0.0.1');
    port = (api.getHttpServer().address() as AddressInfo).port;
    limitedApi = await startApi({ databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('feed_rate'), feedRateLimitRequests: RATE });
  });

  afterAll(async () => {
    await api?.close();
    await limitedApi?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  /** Streams `chunk` until the server answers or `cap` bytes are written; never more. */
  async function streamUntilAnswered(headers: Record<string, string | number>, chunk: Buffer, cap: number): Promise<Answer> {
    const client: ClientRequest = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/v1/events', headers: { Authorization: `Bearer ${key}`, ...headers } });
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      client.on('response', resolve);
      client.on('error', reject);
    });
    let responded = false;
    void answered.then(() => (responded = true));
    let sent = 0;
    while (!responded && sent < cap) {
      const ready = client.write(chunk);
      sent += chunk.length;
      if (!ready) await Promise.race([once(client, 'drain'), answered]);
    }
    const response = await answered;
    const text = (await response.toArray()).join('');
    client.destroy();
    return { status: response.statusCode ?? 0, body: JSON.parse(text) as Answer['body'], sent };
  }

  it('answers 413 to a declared length over 10 MB before the body is sent', async () => {
    const answer = await streamUntilAnswered({ 'Content-Type': 'application/json', 'Content-Length': TEN_MB + 1 }, Buffer.from('['), 1);
    expect(answer).toEqual({ status: 413, body: expect.objectContaining({ message: 'The body is larger than 10 MB; split the batch.' }), sent: 1 });
  });

  it('answers 413 to a chunked body as soon as it passes 10 MB, without waiting for its end', async () => {
    const line = Buffer.from(`${JSON.stringify({ eventId: 'x'.repeat(100), type: 'case.opened' })}\n`);
    const chunk = Buffer.concat(Array.from({ length: Math.ceil(65_536 / line.length) }, () => line));
    const answer = await streamUntilAnswered({ 'Content-Type': 'application/x-ndjson', 'Transfer-Encoding': 'chunked' }, chunk, 4 * TEN_MB);
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeGreaterThan(TEN_MB);
    expect(answer.sent).toBeLessThan(4 * TEN_MB);
  });

  it('answers 413 to more than 10,000 events in any format', async () => {
    const lines = Array.from({ length: 10_001 }, (_, n) => JSON.stringify({ eventId: `big-${n}` })).join('\n');
    const response = await request(api.getHttpServer())
      .post('/api/v1/events')
      .set('Authorization', `Bearer ${key}`)
      .set('Content-Type', 'application/x-ndjson')
      .send(lines)
      .expect(413);
    expect(response.body.message).toBe('At most 10000 events per request (this one has 10001); split the batch.');
  });

  it(`refuses an agency's requests over ${RATE} a minute with 429 and Retry-After, keeping nothing of them`, async () => {
    const send = (n: number, feedKey = key) =>
      request(limitedApi.getHttpServer())
        .post('/api/v1/events')
        .set('Authorization', `Bearer ${feedKey}`)
        .send([{ eventId: `rate-${n}`, type: 'case.opened', caseId: `R-${n}`, serviceCode: SERVICE, occurredAt: '2026-01-04T08:00:00+03:00', channel: 'web' }]);
    // The limit counts per fixed minute: the first 429 comes at most two windows' worth of requests in.
    let accepted = 0;
    let refused: request.Response | undefined;
    for (let n = 0; n <= 2 * RATE && !refused; n += 1) {
      const response = await send(n);
      if (response.status === 429) refused = response;
      else accepted += (response.body as { accepted: number }).accepted;
    }
    if (!refused) throw new Error(`no 429 after ${2 * RATE + 1} requests`);
    expect(refused.body).toEqual({
      statusCode: 429,
      error: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/^Your agency may send 3 requests a minute to POST \/events; nothing of this one was kept\. Retry after \d+ s/),
    });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const stored: { event_id: string }[] = await dataSource.query(`SELECT event_id FROM feed_event WHERE event_id LIKE 'rate-%' ORDER BY id`);
    expect(stored).toHaveLength(accepted);
    expect(stored.map((row) => row.event_id)).not.toContain(`rate-${accepted}`);
    // Another agency has a rate of its own.
    await request(limitedApi.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${otherKey}`).send([]).expect(202);
  });
});
