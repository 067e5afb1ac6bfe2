import { QUEUE_OF_JOB, redisConnectionOptions } from '@ws/server-queue';
import { Queue } from 'bullmq';
import { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { postgresCpuSeconds, processCpuSeconds } from './cpu';
import { FeedBatch } from './feed';
import { freePort } from '../../db/with-database';
import { peakRssMiB, sleep, startProcess, stopProcess, waitForHttp } from './processes';
import { checkpoint, freshDatabase } from './services';

const ROOT = join(__dirname, '../../..');

/**
 * `live`: the workers run while the clients post, the clock runs from the first POST until every
 * rollup is current. `backlog`: every batch is accepted first with no worker running, then the
 * workers start and the clock (and the CPU count) runs from their start until every rollup is
 * current: what N workers apply when nothing else competes for the machine.
 */
export type PipelineMode = 'live' | 'backlog';

export interface PipelineResult {
  mode: PipelineMode;
  workers: number;
  /** Batches each worker applies at once (`WORKER_CONCURRENCY`). */
  slots: number;
  events: number;
  batches: number;
  clients: number;
  /** Events / (first POST, or in `backlog` mode the workers' start, until every batch is processed and its rollups written). */
  eventsPerSecond: number;
  /** Events / (first POST until the last 202). */
  acceptedPerSecond: number;
  totalSeconds: number;
  postSeconds: number;
  /** From the last 202 (in `backlog` mode: from the workers' start) until every rollup is current. */
  drainSeconds: number;
  retries: number;
  peakRssMiB: { api: number; workers: number[] };
  /** CPU seconds used while the clock ran (Postgres: null when it runs elsewhere). */
  cpuSeconds: { api: number; workers: number[]; postgres: number | null };
  /** `backlog` mode: CPU seconds of the accept path alone (every POST, no worker running); null in `live` mode. */
  acceptCpuSeconds: { api: number; postgres: number | null } | null;
  /** Completed + failed jobs left in Redis (must be 0: removeOnComplete). */
  finishedJobsInRedis: number;
  stored: { events: number; folded: number; cases: number; cycles: number; rollupRows: number };
}

export interface PipelineOptions {
  mode: PipelineMode;
  serverUrl: string;
  redisUrl: string;
  workers: number;
  slots: number;
  clients: number;
  feed: FeedBatch[];
  /** When set, the API and workers write V8 CPU profiles (`--cpu-prof`) into this directory. */
  cpuProfileDir?: string;
}

async function postAll(api: string, keys: Map<string, string>, feed: FeedBatch[], clients: number): Promise<{ accepted: number; retries: number }> {
  let next = 0;
  const totals = { accepted: 0, retries: 0 };
  const client = async () => {
    for (let index = next++; index < feed.length; index = next++) {
      const batch = feed[index] as FeedBatch;
      for (;;) {
        const response = await fetch(`${api}/api/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${keys.get(batch.agency)}`, 'content-type': 'application/json' },
          body: batch.body,
        });
        if (response.status === 202) {
          totals.accepted += ((await response.json()) as { accepted: number }).accepted;
          break;
        }
        if (response.status !== 429 && response.status !== 503) throw new Error(`POST /events answered ${response.status}: ${await response.text()}`);
        totals.retries += 1;
        await response.arrayBuffer();
        await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return totals;
}

async function cpuOf(dataSource: DataSource, api: ChildProcess, workers: ChildProcess[]) {
  return {
    api: processCpuSeconds(api.pid),
    workers: workers.map((worker) => processCpuSeconds(worker.pid)),
    postgres: await postgresCpuSeconds(dataSource),
  };
}

async function untilProcessed(dataSource: DataSource): Promise<void> {
  for (;;) {
    const [row]: { left: number }[] = await dataSource.query(`SELECT count(*)::int AS left FROM event_batch WHERE status <> 'processed'`);
    if (row?.left === 0) return;
    await sleep(100);
  }
}

/** The real pipeline: the built API and `workers` worker processes on a fresh database, fed over HTTP. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const name = `bench_ingest_${options.mode}_w${options.workers}_s${options.slots}`;
  const database = await freshDatabase(options.serverUrl, name);
  const port = await freePort();
  const common = { DATABASE_URL: database.url, REDIS_URL: options.redisUrl, BULLMQ_PREFIX: name };
  const children: ChildProcess[] = [];
  try {
    const node = options.cpuProfileDir ? ['node', '--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : ['node'];
    // The benchmark measures throughput, not the per-agency request limit.
    const api = startProcess('api', { ...common, PORT: String(port), DASHBOARD_DIR: '', FEED_RATE_LIMIT_REQUESTS: '1000000' }, [...node, join(ROOT, 'dist/apps/api/main.js')]);
    children.push(api);
    const workerVariables = { ...common, WORKER_CONCURRENCY: String(options.slots) };
    const startWorkers = () => Array.from({ length: options.workers }, (_, i) => startProcess(`worker ${i + 1}`, workerVariables, [...node, join(ROOT, 'dist/apps/worker/main.js')]));
    const workers = options.mode === 'live' ? startWorkers() : [];
    children.push(...workers);
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/api/v1/health`);
    if (options.mode === 'live') await sleep(1000); // the workers' boot (a Nest context, two Redis connections)

    const events = options.feed.reduce((sum, batch) => sum + batch.events.length, 0);
    await checkpoint(database.dataSource);
    const cpuAtStart = await cpuOf(database.dataSource, api, workers);
    const started = performance.now();
    const { accepted, retries } = await postAll(base, database.keys, options.feed, options.clients);
    const posted = performance.now();
    if (accepted !== events) throw new Error(`Accepted ${accepted} of ${events} events`);
    if (options.mode === 'backlog') {
      workers.push(...startWorkers());
      children.push(...workers);
    }
    const cpuBefore = options.mode === 'live' ? cpuAtStart : await cpuOf(database.dataSource, api, workers);
    const applying = performance.now();
    await untilProcessed(database.dataSource);
    const done = performance.now();
    const cpuAfter = await cpuOf(database.dataSource, api, workers);

    const rss = { api: peakRssMiB(api.pid), workers: workers.map((worker) => peakRssMiB(worker.pid)) };
    const queue = new Queue(QUEUE_OF_JOB['apply-batch'], { connection: redisConnectionOptions(options.redisUrl), prefix: name });
    const counts = await queue.getJobCounts('completed', 'failed');
    await queue.close();
    const [stored]: PipelineResult['stored'][] = await database.dataSource.query(
      `SELECT (SELECT count(*)::int FROM feed_event) AS events, (SELECT sum(event_count)::int FROM sla_case) AS folded,
              (SELECT count(*)::int FROM sla_case) AS cases, (SELECT count(*)::int FROM sla_cycle) AS cycles,
              (SELECT count(*)::int FROM sla_rollup_day) AS "rollupRows"`,
    );
    const seconds = (ms: number) => Math.round(ms) / 1000;
    const clockStart = options.mode === 'live' ? started : applying;
    return {
      mode: options.mode,
      workers: options.workers,
      slots: options.slots,
      events,
      batches: options.feed.length,
      clients: options.clients,
      eventsPerSecond: Math.round(events / ((done - clockStart) / 1000)),
      acceptedPerSecond: Math.round(events / ((posted - started) / 1000)),
      totalSeconds: seconds(done - clockStart),
      postSeconds: seconds(posted - started),
      drainSeconds: seconds(done - (options.mode === 'live' ? posted : applying)),
      retries,
      peakRssMiB: rss,
      cpuSeconds: {
        api: seconds((cpuAfter.api - cpuBefore.api) * 1000),
        workers: cpuAfter.workers.map((after, i) => seconds((after - (cpuBefore.workers[i] ?? 0)) * 1000)),
        postgres: cpuAfter.postgres === undefined || cpuBefore.postgres === undefined ? null : seconds((cpuAfter.postgres - cpuBefore.postgres) * 1000),
      },
      acceptCpuSeconds:
        options.mode === 'backlog'
          ? {
              api: seconds((cpuBefore.api - cpuAtStart.api) * 1000),
              postgres: cpuBefore.postgres === undefined || cpuAtStart.postgres === undefined ? null : seconds((cpuBefore.postgres - cpuAtStart.postgres) * 1000),
            }
          : null,
      finishedJobsInRedis: (counts['completed'] ?? 0) + (counts['failed'] ?? 0),
      stored: stored as PipelineResult['stored'],
    };
  } finally {
    await Promise.all(children.map(stopProcess));
    await database.drop();
  }
}
