import type { FeedEvent } from '@ws/contracts';
import { CaseRecompute } from '@ws/server-ingestion';
import { redisConnectionOptions } from '@ws/server-queue';
import { Job, Queue, QueueEvents, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { FeedBatch } from './feed';
import { BenchDatabase, checkpoint, freshDatabase } from './services';

export interface BaselineResult {
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

const result = (events: number, ms: number): BaselineResult => ({
  events,
  seconds: Math.round(ms) / 1000,
  eventsPerSecond: Math.round(events / (ms / 1000)),
});

/** COPY text format: backslashes doubled (JSON has no raw tab or newline). */
const field = (value: string | number): string => String(value).replace(/\\/g, '\\\\');

function copyLines(database: BenchDatabase, batch: FeedBatch): Buffer {
  const agencyId = database.agencyIds.get(batch.agency);
  const batchId = randomUUID();
  const lines = batch.events.map((event) =>
    [agencyId, event.eventId, batchId, event.type, event.caseId, database.serviceIds.get(event.serviceCode) ?? 0, event.occurredAt, JSON.stringify(event)]
      .map((value) => field(value ?? 0))
      .join('\t'),
  );
  return Buffer.from(`${lines.join('\n')}\n`);
}

/**
 * The floor of what any ingest costs: the same rows, already encoded, in one `COPY` into a plain
 * table (feed_event's columns, no index, no constraint, no trigger).
 */
export async function rawCopy(serverUrl: string, feed: FeedBatch[]): Promise<BaselineResult> {
  const database = await freshDatabase(serverUrl, 'bench_ingest_copy');
  try {
    await database.dataSource.query(
      `CREATE TABLE copy_baseline (agency_id int, event_id text, batch_id uuid, type text, case_id text, service_id int, occurred_at timestamptz, payload jsonb)`,
    );
    const chunks = feed.map((batch) => copyLines(database, batch));
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await checkpoint(database.dataSource);
      const started = performance.now();
      await pipeline(Readable.from(chunks), client.query(copyFrom(`COPY copy_baseline FROM STDIN`)));
      const elapsed = performance.now() - started;
      const [{ n }] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM copy_baseline`)).rows as [{ n: number }];
      return result(n, elapsed);
    } finally {
      await client.end();
    }
  } finally {
    await database.drop();
  }
}

/**
 * What the design avoids: one BullMQ job per event, and per event one INSERT and a recompute of its
 * case (the same fold), each in its own transaction. One consumer of concurrency 2, like one worker.
 */
export async function naivePipeline(serverUrl: string, redisUrl: string, sample: readonly FeedBatch[]): Promise<BaselineResult> {
  const database = await freshDatabase(serverUrl, 'bench_ingest_naive');
  const connection = redisConnectionOptions(redisUrl);
  const prefix = 'bench_ingest_naive';
  const queue = new Queue<NaiveJob>('naive-event', { connection, prefix, defaultJobOptions: { removeOnComplete: true, removeOnFail: true } });
  const queueEvents = new QueueEvents('naive-event', { connection, prefix });
  const recompute = new CaseRecompute(database.dataSource);
  const batchId = randomUUID();
  try {
    const jobs = sample.flatMap((batch) => batch.events.map((event) => ({ agencyId: database.agencyIds.get(batch.agency) ?? 0, event })));
    await database.dataSource.query(
      `INSERT INTO event_batch (id, agency_id, status, accepted, duplicates, rejected, received_at) VALUES ($1, $2, 'processed', 0, 0, 0, now())`,
      [batchId, [...database.agencyIds.values()][0]],
    );
    const instants = jobs.map((job) => Date.parse(job.event.occurredAt));
    await database.dataSource.query(`SELECT ensure_month_partitions($1, $2)`, [new Date(Math.min(...instants)), new Date(Math.max(...instants))]);
    await queue.obliterate({ force: true });
    let done = 0;
    const finished = new Promise<void>((resolve) => {
      queueEvents.on('completed', () => {
        done += 1;
        if (done === jobs.length) resolve();
      });
    });
    await queueEvents.waitUntilReady();
    await checkpoint(database.dataSource);
    const worker = new Worker<NaiveJob>('naive-event', (job: Job<NaiveJob>) => applyOne(database, recompute, batchId, job.data), { connection, prefix, concurrency: 2 });
    const started = performance.now();
    for (const job of jobs) await queue.add('event', job);
    await finished;
    const elapsed = performance.now() - started;
    await worker.close();
    return result(jobs.length, elapsed);
  } finally {
    await queueEvents.close();
    await queue.close();
    await database.drop();
  }
}

interface NaiveJob {
  agencyId: number;
  event: FeedEvent;
}

async function applyOne(database: BenchDatabase, recompute: CaseRecompute, batchId: string, { agencyId, event }: NaiveJob): Promise<void> {
  await database.dataSource.transaction(async (manager) => {
    const [key]: { event_pk: string }[] = await manager.query(
      `INSERT INTO feed_event_key (agency_id, event_id, event_pk, occurred_at) VALUES ($1, $2, nextval('feed_event_id_seq'), $3)
       ON CONFLICT (agency_id, event_id) DO NOTHING RETURNING event_pk`,
      [agencyId, event.eventId, event.occurredAt],
    );
    if (!key) return;
    await manager.query(
      `INSERT INTO feed_event (id, agency_id, event_id, batch_id, type, case_id, service_id, occurred_at, payload) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [key.event_pk, agencyId, event.eventId, batchId, event.type, event.caseId, database.serviceIds.get(event.serviceCode), event.occurredAt, JSON.stringify(event)],
    );
    await recompute.recomputeKeys(manager, [{ agencyId, caseId: event.caseId }], Date.now());
  });
}
