/**
 * Benchmark of ingestion end to end (`npm run bench:ingest`): HTTP -> Postgres -> BullMQ -> worker
 * -> cycles and rollups, beside a raw COPY of the same rows and a naive per-event pipeline.
 *
 *   npm run bench:ingest -- [--events 1000000] [--workers 1,2] [--backlog-workers 1,2,4] [--slots N] [--clients 4]
 *                       [--batch 1000] [--naive-events 20000] [--cpu-prof-dir DIR]
 *
 * `--workers`: live runs (the workers apply while the clients post). `--backlog-workers`: every batch
 * accepted first, then that many workers started and timed until every rollup is current.
 * `--slots`: the batches each worker process applies at once (`WORKER_CONCURRENCY`, default its default).
 *
 * Uses DATABASE_URL / REDIS_URL when set (it creates and drops databases `bench_ingest_*` there),
 * else a throwaway embedded Postgres and a private redis-server. Needs the built API and worker:
 * `npx nx run-many -t build -p api worker`. Writes tmp/bench-ingest.json.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { VARIABLES } from '@ws/server-config';
import { optionalDatabaseUrl } from '../db/optional-database-url';
import { withDatabase } from '../db/with-database';
import { naivePipeline, rawCopy } from './ingest/baselines';
import { buildFeed, FeedBatch } from './ingest/feed';
import { PipelineResult, runPipeline } from './ingest/pipeline';
import { BenchReport, renderReport } from './ingest/report';
import { optionalRedisUrl, withRedis } from './ingest/services';

const ROOT = join(__dirname, '../..');

/**
 * The throwaway server's settings: the write path's working set (indexes of a million events and
 * their cases) in shared memory, and checkpoints spaced as on a server tuned for this write rate
 * (docs/ingestion.md, "Postgres settings"). Each measurement starts right after a checkpoint.
 */
const SERVER_SETTINGS = ['shared_buffers=1GB', 'max_wal_size=4GB', 'checkpoint_timeout=15min'];

function options() {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      workers: { type: 'string', default: '1,2' },
      'backlog-workers': { type: 'string', default: '' },
      slots: { type: 'string', default: VARIABLES.WORKER_CONCURRENCY.defaultValue },
      clients: { type: 'string', default: '4' },
      batch: { type: 'string', default: '1000' },
      'naive-events': { type: 'string', default: '20000' },
      'cpu-prof-dir': { type: 'string' },
    },
  });
  const whole = (name: string, raw: string | undefined): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number >= 1, got ${raw}`);
    return value;
  };
  const counts = (name: string, raw: string | undefined): number[] =>
    (raw ?? '').split(',').filter((part) => part !== '').map((part) => whole(name, part));
  return {
    events: whole('events', values.events),
    workers: counts('workers', values.workers),
    backlogWorkers: counts('backlog-workers', values['backlog-workers']),
    slots: whole('slots', values.slots),
    clients: whole('clients', values.clients),
    batch: whole('batch', values.batch),
    naiveEvents: whole('naive-events', values['naive-events']),
    cpuProfileDir: values['cpu-prof-dir'],
  };
}

/** The first `count` events of the feed, as batches. */
function sampleOf(feed: FeedBatch[], count: number): FeedBatch[] {
  const sample: FeedBatch[] = [];
  let left = count;
  for (const batch of feed) {
    if (left <= 0) break;
    const events = batch.events.slice(0, left);
    sample.push({ ...batch, events, body: '' });
    left -= events.length;
  }
  return sample;
}

async function main(): Promise<void> {
  const settings = options();
  for (const file of ['dist/apps/api/main.js', 'dist/apps/worker/main.js']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run npx nx run-many -t build -p api worker`);
  }
  const generating = performance.now();
  const feed = buildFeed(settings.events, settings.batch);
  console.log(`Feed: ${settings.events} demo events in ${feed.length} batches, generated in ${Math.round(performance.now() - generating)} ms.`);

  await withDatabase(
    optionalDatabaseUrl(),
    (serverUrl) =>
    withRedis(optionalRedisUrl(), async (redisUrl) => {
      const pipeline: PipelineResult[] = [];
      const runs = [
        ...settings.workers.map((workers) => ({ mode: 'live' as const, workers })),
        ...settings.backlogWorkers.map((workers) => ({ mode: 'backlog' as const, workers })),
      ];
      for (const { mode, workers } of runs) {
        console.log(`Ours (${mode}): API + ${workers} worker(s) of ${settings.slots} slot(s), ${settings.clients} clients...`);
        const run = await runPipeline({ mode, serverUrl, redisUrl, workers, slots: settings.slots, clients: settings.clients, feed, cpuProfileDir: settings.cpuProfileDir });
        console.log(`  ${run.eventsPerSecond} events/s (${run.totalSeconds} s, drain ${run.drainSeconds} s)`);
        pipeline.push(run);
      }
      console.log('Raw COPY...');
      const copy = await rawCopy(serverUrl, feed);
      console.log(`  ${copy.eventsPerSecond} events/s`);
      console.log(`Naive pipeline on ${settings.naiveEvents} events...`);
      const naive = await naivePipeline(serverUrl, redisUrl, sampleOf(feed, settings.naiveEvents));
      console.log(`  ${naive.eventsPerSecond} events/s`);
      const report: BenchReport = {
        date: new Date().toISOString(),
        machine: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
        events: settings.events,
        batchSize: settings.batch,
        pipeline,
        copy,
        naive,
      };
      console.log(`\n${renderReport(report)}`);
      mkdirSync(join(ROOT, 'tmp'), { recursive: true });
      writeFileSync(join(ROOT, 'tmp/bench-ingest.json'), `${JSON.stringify(report, null, 2)}\n`);
      console.log('\nWritten: tmp/bench-ingest.json');
    }),
    SERVER_SETTINGS,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
