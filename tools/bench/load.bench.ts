/**
 * Load on loopback (`npm run bench:load`, docs/load.md): the built API (listening on 127.0.0.1
 * only) and worker(s) on a fresh database with the seed catalogue; 500 agency feed clients (each
 * with its agency's feed key) and 50 signed-in dashboard readers of the three roles for 5 minutes,
 * after a short unloaded baseline (1 client, 1 reader). Then it waits until the workers have
 * applied every accepted batch and checks that every accepted event is stored, folded into its
 * case and counted in the rollups. Bounded in time and in events; stops by itself.
 *
 *   npx nx run-many -t build -p api worker
 *   npm run bench:load -- [--duration 300] [--feed-clients 500] [--readers 50] [--batch 20] [--think-ms 5000] ...
 *
 * Uses DATABASE_URL / REDIS_URL when set (database `bench_load` there), else a throwaway embedded
 * Postgres and a private redis-server. Writes tmp/bench-load.json; exits 1 unless it passed.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { optionalDatabaseUrl } from '../db/optional-database-url';
import { freePort, withDatabase } from '../db/with-database';
import { postgresCpuSeconds, processCpuSeconds } from './ingest/cpu';
import { buildFeed } from './ingest/feed';
import { peakRssMiB, sleep, startProcess, stopProcess, waitForHttp } from './ingest/processes';
import { freshDatabase, optionalRedisUrl, withRedis } from './ingest/services';
import { runReaders, signInReaders } from './load/dashboard-readers';
import { BatchSource, runFeedClients } from './load/feed-clients';
import { accountingChecks, waitForDrain } from './load/load-accounting';
import { loadOptions, LoadOptions } from './load/load-options';
import { Recorder } from './load/load-recorder';
import { LoadReport, PhaseReport, renderLoadReport } from './load/load-report';

const ROOT = join(__dirname, '../..');
/** The unloaded baseline's pause between requests: short, so its percentiles rest on enough requests. */
const BASELINE_THINK_MS = 200;

interface Target {
  base: string;
  keys: ReadonlyMap<string, string>;
  source: BatchSource;
  tokens: readonly string[];
}

async function phase(name: string, target: Target, seconds: number, feedClients: number, readers: number, thinkMs: number): Promise<PhaseReport> {
  const writes = new Recorder();
  const reads = new Recorder();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const [totals] = await Promise.all([
    runFeedClients({ base: target.base, keys: target.keys, source: target.source, clients: feedClients, thinkMs, deadline }, writes),
    runReaders(target.base, target.tokens, readers, thinkMs, deadline, reads),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  if (totals.ranOut > 0) console.log(`  ${totals.ranOut} feed clients ran out of generated events before the end (raise --max-events)`);
  return {
    name,
    seconds: Math.round(elapsed),
    feedClients,
    readers,
    accepted: totals.accepted,
    acceptedPerSecond: Math.round(totals.accepted / elapsed),
    writes: writes.summary(),
    reads: reads.summary(),
    readsByPath: reads.summaryByLabel(),
    writeClasses: Object.fromEntries(writes.classes),
    readClasses: Object.fromEntries(reads.classes),
    failures: writes.failures + reads.failures,
  };
}

async function run(options: LoadOptions, serverUrl: string, redisUrl: string): Promise<LoadReport> {
  const generating = performance.now();
  const feed = buildFeed(options.maxEvents, options.batch).map((batch) => ({ ...batch, events: [] }));
  console.log(`Feed: ${options.maxEvents} demo events in ${feed.length} batches of ${options.batch}, generated in ${Math.round(performance.now() - generating)} ms.`);
  const database = await freshDatabase(serverUrl, 'bench_load');
  const port = await freePort();
  const common = { DATABASE_URL: database.url, REDIS_URL: redisUrl, BULLMQ_PREFIX: 'bench_load' };
  const api = startProcess('api', { ...common, HOST: '127.0.0.1', PORT: String(port), DASHBOARD_DIR: '', FEED_RATE_LIMIT_REQUESTS: String(options.rateLimit) }, ['node', join(ROOT, 'dist/apps/api/main.js')]);
  const workers = Array.from({ length: options.workers }, (_, i) => startProcess(`worker ${i + 1}`, common, ['node', join(ROOT, 'dist/apps/worker/main.js')]));
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/api/v1/health`);
    await sleep(1000);
    const target: Target = { base, keys: database.keys, source: new BatchSource(feed), tokens: await signInReaders(base, database.dataSource) };
    const loadBefore = loadavg().map((n) => Math.round(n * 10) / 10);
    const cpuBefore = { api: processCpuSeconds(api.pid), workers: workers.map((w) => processCpuSeconds(w.pid)), postgres: await postgresCpuSeconds(database.dataSource) };
    const phases: PhaseReport[] = [];
    if (options.baselineSeconds > 0) {
      console.log(`Baseline: 1 feed client, 1 reader, ${options.baselineSeconds} s...`);
      phases.push(await phase('baseline (unloaded)', target, options.baselineSeconds, 1, 1, BASELINE_THINK_MS));
    }
    console.log(`Load: ${options.feedClients} feed clients, ${options.readers} readers, ${options.durationSeconds} s...`);
    phases.push(await phase('load', target, options.durationSeconds, options.feedClients, options.readers, options.thinkMs));
    console.log('Waiting for the workers to apply every accepted batch...');
    const drainSeconds = await waitForDrain(database.dataSource, options.drainTimeoutSeconds);
    const accounting = await accountingChecks(database.dataSource, phases.reduce((sum, p) => sum + p.accepted, 0));
    const postgres = await postgresCpuSeconds(database.dataSource);
    const seconds = (value: number) => Math.round(value * 10) / 10;
    return {
      date: new Date().toISOString(),
      machine: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
      loadAverage: { before: loadBefore, after: loadavg().map((n) => Math.round(n * 10) / 10) },
      options: { ...options },
      phases,
      drainSeconds,
      accounting,
      cpuSeconds: {
        api: seconds(processCpuSeconds(api.pid) - cpuBefore.api),
        workers: workers.map((w, i) => seconds(processCpuSeconds(w.pid) - (cpuBefore.workers[i] ?? 0))),
        postgres: postgres === undefined || cpuBefore.postgres === undefined ? null : seconds(postgres - cpuBefore.postgres),
      },
      peakRssMiB: { api: peakRssMiB(api.pid), workers: workers.map((w) => peakRssMiB(w.pid)) },
      passed: drainSeconds !== null && phases.every((p) => p.failures === 0) && accounting.every((check) => check.left === check.right),
    };
  } finally {
    await Promise.all([api, ...workers].map(stopProcess));
    await database.drop();
  }
}

async function main(): Promise<void> {
  const options = loadOptions(process.argv.slice(2));
  for (const file of ['dist/apps/api/main.js', 'dist/apps/worker/main.js']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run npx nx run-many -t build -p api worker`);
  }
  const report = await withDatabase(optionalDatabaseUrl(), (serverUrl) => withRedis(optionalRedisUrl(), (redisUrl) => run(options, serverUrl, redisUrl)));
  console.log(`\n${renderLoadReport(report)}`);
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  writeFileSync(join(ROOT, 'tmp/bench-load.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWritten: tmp/bench-load.json');
  if (!report.passed) process.exitCode = 1;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
