import { createDataSource, createFeedKey } from '@ws/server-database';
import { createTestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FeedEvent, seedCatalogue, StateSnapshot, stateSnapshot, waitUntilProcessed } from './ingestion-fixture';
import { startApi, startWorker } from './test-stack';

const MAX_EVENTS_PER_REQUEST = 10_000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

/**
 * What a clean ingest of `events` gives: a fresh database of its own, every event in one batch (or
 * as few as the request limit allows), one worker, no fault. Fault tests compare against it.
 */
export async function cleanIngestSnapshot(label: string, events: readonly FeedEvent[]): Promise<StateSnapshot> {
  const database = await createTestDatabase(`${label}_clean`);
  const dataSource = await createDataSource(database.url).initialize();
  const stack = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix(`${label}_clean`), schedule: false };
  try {
    await seedCatalogue(dataSource);
    const key = await createFeedKey(dataSource, 'MOI');
    const api = await startApi(stack);
    const worker = await startWorker(stack);
    try {
      const batches = chunks(events, MAX_EVENTS_PER_REQUEST);
      for (const batch of batches) {
        const response = await request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(batch);
        if (response.status !== 202) throw new Error(`clean ingest: POST answered ${response.status}`);
      }
      await waitUntilProcessed(dataSource, batches.length, 120_000);
      return await stateSnapshot(dataSource);
    } finally {
      await worker.close();
      await api.close();
    }
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

/** Every event sent is stored exactly once and folded into its case: none lost, none doubled. */
export async function storedEventCheck(dataSource: DataSource, events: readonly FeedEvent[]): Promise<{ missing: string[]; stored: number; folded: number; accepted: number }> {
  const rows: { event_id: string }[] = await dataSource.query(`SELECT event_id FROM feed_event`);
  const stored = new Set(rows.map((row) => row.event_id));
  const [counts]: { folded: number; accepted: number }[] = await dataSource.query(
    `SELECT (SELECT coalesce(sum(event_count), 0)::int FROM sla_case) AS folded, (SELECT coalesce(sum(accepted), 0)::int FROM event_batch) AS accepted`,
  );
  return {
    missing: [...new Set(events.map((event) => event.eventId))].filter((id) => !stored.has(id)),
    stored: rows.length,
    folded: counts?.folded ?? 0,
    accepted: counts?.accepted ?? 0,
  };
}

/** The distinct events of `events` (first copy of each eventId). */
export function distinctCount(events: readonly FeedEvent[]): number {
  return new Set(events.map((event) => event.eventId)).size;
}
