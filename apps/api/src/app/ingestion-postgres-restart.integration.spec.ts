import { createDataSource, createFeedKey, migrate } from '@ws/server-database';
import { eventually, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { generateEvents, random, seedCatalogue, shuffled, stateSnapshot, waitUntilProcessed } from './ingestion-fixture';
import { chunks, cleanIngestSnapshot, storedEventCheck } from './ingestion-reference';
import { startPrivatePostgres } from './private-postgres';
import { startApi, startWorker } from './test-stack';

const RETRY_MS = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function processedCount(dataSource: DataSource): Promise<number> {
  const [row]: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM event_batch WHERE status = 'processed'`);
  return row?.n ?? 0;
}

describe('faults: a Postgres restart mid-ingest', () => {
  it('answers 503 while Postgres is down, then the API and the worker reconnect and the state equals a clean ingest', async () => {
    const events = generateEvents(23, 3000);
    const reference = cleanIngestSnapshot('pg_restart', events);
    reference.catch(() => undefined); // awaited (and so reported) at the end
    const postgres = await startPrivatePostgres();
    const admin = new Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE sla`);
    await admin.end();
    await migrate(postgres.url('sla'));
    const dataSource = await createDataSource(postgres.url('sla')).initialize();
    await seedCatalogue(dataSource);
    const key = await createFeedKey(dataSource, 'MOI');
    const stack = { databaseUrl: postgres.url('sla'), redisUrl: testRedisUrl(), prefix: uniquePrefix('pg_restart') };
    const api = await startApi(stack);
    const worker = await startWorker({ ...stack, recoveryIntervalMs: 1000, schedule: false });
    const batches = chunks(shuffled(events, random(23)), 200);
    const seen = { unavailable: 0, accepted: 0 };
    /** An agency's client: a 503 means "nothing kept, retry" (a short pause here instead of Retry-After's 5 s). */
    const post = async (batch: object[]): Promise<void> => {
      for (;;) {
        const response = await request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(batch);
        if (response.status === 202) {
          seen.accepted += (response.body as { accepted: number }).accepted;
          return;
        }
        if (response.status !== 503 && response.status !== 429) {
          throw new Error(`POST /events answered ${response.status}: ${JSON.stringify(response.body)}`);
        }
        if (response.status === 503) seen.unavailable += 1;
        await sleep(RETRY_MS);
      }
    };
    let stopped: Promise<void> | undefined;
    let restarted: Promise<void> | undefined;
    try {
      for (const [index, batch] of batches.entries()) {
        if (index === 10) {
          // The worker has a backlog now: stop Postgres under it and under the API.
          await eventually(async () => ((await processedCount(dataSource)) > 0 ? true : undefined), 60_000);
          stopped = postgres.stop();
          restarted = stopped.then(async () => {
            while (seen.unavailable < 3) await sleep(50);
            await postgres.start();
          });
        }
        // Batches 10 and 11 race the shutdown; from batch 12 on, Postgres is down until restarted.
        if (index === 12) await stopped;
        await post(batch);
      }
      await restarted;
      expect(seen.unavailable).toBeGreaterThanOrEqual(3);
      await waitUntilProcessed(dataSource, batches.length, 90_000);
      const stored = await storedEventCheck(dataSource, events);
      expect(stored).toEqual({ missing: [], stored: events.length, folded: events.length, accepted: events.length });
      expect(seen.accepted).toBeLessThanOrEqual(events.length);
      expect(await stateSnapshot(dataSource)).toEqual(await reference);
    } finally {
      await restarted?.catch(() => undefined);
      await worker.close();
      await api.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await postgres.destroy();
    }
  }, 180_000);
});
