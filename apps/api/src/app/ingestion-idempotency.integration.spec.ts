import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { CaseRecompute } from '@ws/server-ingestion';
import { TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { feedDatabase, FeedEvent, generateEvents, random, shuffled, stateSnapshot, waitUntilProcessed } from './ingestion-fixture';
import { startApi, startWorker } from './test-stack';

interface Stack {
  database: TestDatabase;
  dataSource: DataSource;
  api: NestExpressApplication;
  workers: INestApplication[];
  key: string;
}

async function stack(label: string, workers: number): Promise<Stack> {
  const { database, dataSource, key } = await feedDatabase(label);
  const options = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix(label), schedule: false };
  const api = await startApi(options);
  const started = await Promise.all(Array.from({ length: workers }, () => startWorker(options)));
  return { database, dataSource, api, workers: started, key };
}

async function post(target: Stack, events: readonly FeedEvent[]): Promise<{ accepted: number; duplicates: number }> {
  const response = await request(target.api.getHttpServer())
    .post('/api/v1/events')
    .set('Authorization', `Bearer ${target.key}`)
    .send(events as object[]);
  if (response.status !== 202) throw new Error(`POST /events: ${response.status} ${JSON.stringify(response.body)}`);
  expect(response.body.rejected).toEqual([]);
  return response.body as { accepted: number; duplicates: number };
}

const SEED = 20260104;
const events = generateEvents(SEED, 160);

describe('ingestion is a pure fold: order, repeats and concurrency change nothing', () => {
  let clean: Stack;
  let chaos: Stack;
  const batches: FeedEvent[][] = [];

  beforeAll(async () => {
    [clean, chaos] = await Promise.all([stack('fold_clean', 1), stack('fold_chaos', 2)]);
  });

  afterAll(async () => {
    for (const target of [clean, chaos]) {
      if (!target) continue;
      await Promise.all(target.workers.map((worker) => worker.close()));
      await target.api.close();
      await target.dataSource.destroy();
      await target.database.drop();
    }
  });

  it('gives identical cases, cycles and rollups for one clean batch and for shuffled, repeated batches from two clients', async () => {
    const single = await post(clean, events);
    expect(single).toMatchObject({ accepted: events.length, duplicates: 0 });
    await waitUntilProcessed(clean.dataSource, 1);

    const rand = random(SEED + 1);
    const copies = shuffled([...events, ...events.filter(() => rand() < 0.3)], rand);
    for (let at = 0; at < copies.length; ) {
      const size = 1 + Math.floor(rand() * 40);
      batches.push(copies.slice(at, at + size));
      at += size;
    }
    const client = async (mine: FeedEvent[][]): Promise<number> => {
      let accepted = 0;
      for (const batch of mine) accepted += (await post(chaos, batch)).accepted;
      return accepted;
    };
    const accepted = await Promise.all([client(batches.filter((_, i) => i % 2 === 0)), client(batches.filter((_, i) => i % 2 === 1))]);
    expect(accepted[0] + accepted[1]).toBe(events.length);
    await waitUntilProcessed(chaos.dataSource, batches.length);

    const expected = await stateSnapshot(clean.dataSource);
    expect(expected.cycles.length).toBeGreaterThan(150);
    expect(expected.rollups.length).toBeGreaterThan(50);
    expect(await stateSnapshot(chaos.dataSource)).toEqual(expected);
  });

  it('changes nothing when every batch is sent again, in reverse order, interleaved from two clients', async () => {
    const before = await stateSnapshot(chaos.dataSource);
    const again = [...batches].reverse();
    const client = async (mine: FeedEvent[][]): Promise<{ accepted: number; duplicates: number }> => {
      const sum = { accepted: 0, duplicates: 0 };
      for (const batch of mine) {
        const answer = await post(chaos, batch);
        sum.accepted += answer.accepted;
        sum.duplicates += answer.duplicates;
      }
      return sum;
    };
    const sums = await Promise.all([client(again.filter((_, i) => i % 2 === 0)), client(again.filter((_, i) => i % 2 === 1))]);
    expect(sums[0].accepted + sums[1].accepted).toBe(0);
    expect(sums[0].duplicates + sums[1].duplicates).toBe(batches.flat().length);
    await waitUntilProcessed(chaos.dataSource, batches.length * 2);
    expect(await stateSnapshot(chaos.dataSource)).toEqual(before);
  });

  it('rebuilds cycles and rollups from the events to exactly what the incremental worker kept', async () => {
    const incremental = await stateSnapshot(chaos.dataSource);
    const rebuilt = await chaos.workers[0]?.get(CaseRecompute).rebuildAll(Date.now());
    expect(rebuilt).toBe(new Set(events.map((event) => event.caseId)).size);
    expect(await stateSnapshot(chaos.dataSource)).toEqual(incremental);
  });

  it('counts every case once in the rollups (opened = cases with an opening; first-cycle decided <= opened)', async () => {
    const [totals]: { opened: number; decided: number; met: number; breached: number; decided_all: number }[] = await chaos.dataSource.query(
      `SELECT sum(opened)::int AS opened, sum(decided)::int AS decided, sum(met)::int AS met, sum(breached)::int AS breached,
              sum(decided_all)::int AS decided_all FROM sla_rollup_day`,
    );
    const openings = events.filter((event) => event.type === 'case.opened').length;
    expect(totals?.opened).toBe(openings);
    expect((totals?.met ?? 0) + (totals?.breached ?? 0)).toBe(totals?.decided);
    expect(totals?.decided).toBeLessThanOrEqual(openings);
    expect(totals?.decided_all).toBeGreaterThan(totals?.decided ?? 0);
  });

  it('records a repeated eventId with other content as a conflict and keeps the first copy', async () => {
    const before = await stateSnapshot(chaos.dataSource);
    const original = events.find((event) => event.type === 'case.resolved') as FeedEvent;
    const changed = { ...original, occurredAt: new Date(Date.parse(original.occurredAt) + 3_600_000).toISOString() };
    expect(await post(chaos, [original, { ...events[0], occurredAt: events[0]?.occurredAt.replace('Z', '+00:00') } as FeedEvent])).toMatchObject({ accepted: 0 });
    expect(await post(chaos, [changed])).toMatchObject({ accepted: 0, duplicates: 1 });
    await waitUntilProcessed(chaos.dataSource, 1);
    const conflicts: { event_id: string; payload: { occurredAt: string } }[] = await chaos.dataSource.query(`SELECT event_id, payload FROM event_conflict`);
    expect(conflicts).toEqual([{ event_id: original.eventId, payload: expect.objectContaining({ occurredAt: changed.occurredAt }) }]);
    expect(await stateSnapshot(chaos.dataSource)).toEqual(before);
  });
});
