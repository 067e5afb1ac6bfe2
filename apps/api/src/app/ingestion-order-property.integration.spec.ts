import { NestExpressApplication } from '@nestjs/platform-express';
import { BatchApplier, CaseRecompute } from '@ws/server-ingestion';
import { TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import * as fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { feedDatabase, FeedEvent, generateEvents, random, shuffled, stateSnapshot } from './ingestion-fixture';
import { distinctCount } from './ingestion-reference';
import { startApi } from './test-stack';

/** A database with the real API in front; batches are applied by the test, in the order it picks. */
interface Target {
  database: TestDatabase;
  dataSource: DataSource;
  api: NestExpressApplication;
  key: string;
  applier: BatchApplier;
}

async function target(label: string): Promise<Target> {
  const { database, dataSource, key } = await feedDatabase(label);
  // Nobody consumes this prefix's queue: the test is the worker.
  const api = await startApi({ databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix(label) });
  return { database, dataSource, api, key, applier: new BatchApplier(dataSource, new CaseRecompute(dataSource), 0) };
}

async function post(into: Target, events: readonly FeedEvent[]): Promise<string> {
  const response = await request(into.api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${into.key}`).send(events as object[]);
  if (response.status !== 202) throw new Error(`POST /events answered ${response.status}: ${JSON.stringify(response.body)}`);
  return (response.body as { batchId: string }).batchId;
}

async function reset(into: Target): Promise<void> {
  await into.dataSource.query(
    `TRUNCATE event_batch, feed_event, feed_event_key, event_conflict, sla_case, sla_cycle, sla_rollup_day, sla_rollup_month, sla_rollup_service_month, sla_rollup_channel_month, sla_backlog, sla_processing_version, sla_processing_period, notification, restatement_pending CASCADE`,
  );
}

/** Applies a batch; a batch already applied is marked unprocessed and applied again (a redelivered job). */
async function apply(into: Target, batchId: string, again: boolean): Promise<void> {
  await into.applier.apply(batchId, Date.now());
  if (!again) return;
  await into.dataSource.query(`UPDATE event_batch SET status = 'received' WHERE id = $1`, [batchId]);
  await into.applier.apply(batchId, Date.now());
}

const scenario = fc.record({
  eventSeed: fc.integer({ min: 1, max: 1_000_000 }),
  cases: fc.integer({ min: 1, max: 30 }),
  orderSeed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  repeatShare: fc.double({ min: 0, max: 1, noNaN: true }),
  maxBatch: fc.integer({ min: 1, max: 40 }),
  reapplyShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
});

describe('property: the order, repetition and concurrency of arrivals change nothing', () => {
  let clean: Target;
  let chaos: Target;

  beforeAll(async () => {
    [clean, chaos] = await Promise.all([target('prop_clean'), target('prop_chaos')]);
  });

  afterAll(async () => {
    for (const into of [clean, chaos]) {
      if (!into) continue;
      await into.api.close();
      await into.dataSource.destroy();
      await into.database.drop();
    }
  });

  it('gives the cycles and rollups of one clean batch for any permutation, duplication and split of the events', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ eventSeed, cases, orderSeed, repeatShare, maxBatch, reapplyShare }) => {
        const events = generateEvents(eventSeed, cases);
        await Promise.all([reset(clean), reset(chaos)]);
        await clean.applier.apply(await post(clean, events), Date.now());

        const rand = random(orderSeed);
        const copies = shuffled([...events, ...events.filter(() => rand() < repeatShare)], rand);
        const pending: string[] = [];
        for (let at = 0; at < copies.length; ) {
          const size = 1 + Math.floor(rand() * maxBatch);
          pending.push(await post(chaos, copies.slice(at, at + size)));
          at += size;
          // Some batches are applied before later ones even arrive.
          if (rand() < 0.5) await apply(chaos, pending.splice(Math.floor(rand() * pending.length), 1)[0] as string, rand() < reapplyShare);
        }
        // The rest two at a time, as two workers would, in a random order.
        const rest = shuffled(pending, rand);
        for (let at = 0; at < rest.length; at += 2) {
          await Promise.all(rest.slice(at, at + 2).map((batchId) => apply(chaos, batchId, rand() < reapplyShare)));
        }

        const [{ folded }]: { folded: number }[] = await chaos.dataSource.query(`SELECT coalesce(sum(event_count), 0)::int AS folded FROM sla_case`);
        expect(folded).toBe(distinctCount(events));
        const expected = await stateSnapshot(clean.dataSource);
        expect(expected.backlogDrift).toEqual([]);
        expect(await stateSnapshot(chaos.dataSource)).toEqual(expected);
      }),
      { numRuns: 30, seed: 20260104 },
    );
  });
});
