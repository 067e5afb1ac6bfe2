import { INestApplication } from '@nestjs/common';
import { CaseRecompute } from '@ws/server-ingestion';
import { eventually, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { ChildProcess, execSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { feedDatabase, FeedEvent, generateEvents, stateSnapshot, StateSnapshot, waitUntilProcessed } from './ingestion-fixture';
import { chunks, cleanIngestSnapshot, storedEventCheck } from './ingestion-reference';
import { freePort } from './private-postgres';
import { startApi, startWorker, StackOptions } from './test-stack';

const ROOT = join(__dirname, '../../../..');

async function fixture(label: string, redisUrl: string) {
  const { database, dataSource, key } = await feedDatabase(label);
  const stack: StackOptions = { databaseUrl: database.url, redisUrl, prefix: uniquePrefix(label) };
  const api = await startApi(stack);
  const post = async (events: FeedEvent[]): Promise<number> => {
    const response = await request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(events);
    expect(response.status).toBe(202);
    return (response.body as { accepted: number }).accepted;
  };
  return { database, dataSource, stack, api, post };
}

/**
 * Every accepted event is stored and folded once, and the cycles and rollups equal both a clean
 * single ingest of the same events on a database of its own and a rebuild from the stored events.
 */
async function expectCleanState(
  dataSource: DataSource,
  recompute: CaseRecompute,
  accepted: number,
  events: readonly FeedEvent[],
  reference: Promise<StateSnapshot>,
): Promise<void> {
  expect(accepted).toBe(events.length);
  expect(await storedEventCheck(dataSource, events)).toEqual({ missing: [], stored: events.length, folded: events.length, accepted: events.length });
  const incremental = await stateSnapshot(dataSource);
  expect(incremental).toEqual(await reference);
  await recompute.rebuildAll(Date.now());
  expect(await stateSnapshot(dataSource)).toEqual(incremental);
}

/** Started at once (in parallel with the faulty ingest); rejections surface where it is awaited. */
function referenceOf(label: string, events: readonly FeedEvent[]): Promise<StateSnapshot> {
  const reference = cleanIngestSnapshot(label, events);
  reference.catch(() => undefined);
  return reference;
}

describe('faults: nothing accepted is lost, nothing is counted twice', () => {
  it('survives SIGKILL of the built worker process mid-ingest', async () => {
    // Always through Nx: its cache makes this a no-op when dist/apps/worker is current, and a stale
    // dist/ (built before the last change) can never be what is tested.
    execSync('NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false npx nx build worker', { cwd: ROOT, stdio: 'ignore' });
    const f = await fixture('kill', testRedisUrl());
    const variables = [`DATABASE_URL=${f.database.url}`, `REDIS_URL=${f.stack.redisUrl}`, `BULLMQ_PREFIX=${f.stack.prefix}`, 'RECOVERY_INTERVAL_SECONDS=1'];
    // `env` adds the worker's variables to the inherited environment.
    const spawnWorker = (): ChildProcess =>
      spawn('/usr/bin/env', [...variables, process.execPath, join(ROOT, 'dist/apps/worker/main.js')], { stdio: 'ignore' });
    const events = generateEvents(7, 1500);
    const reference = referenceOf('kill', events);
    const batches = chunks(events, 50);
    // A job may take up to 10 waiting batches into its transaction: 70 leave plenty unapplied at the kill.
    const beforeKill = 70;
    let accepted = 0;
    let child = spawnWorker();
    let recompute: INestApplication | undefined;
    try {
      for (const batch of batches.slice(0, beforeKill)) accepted += await f.post(batch);
      const processedAtKill = await eventually(async () => {
        const [{ n }]: { n: number }[] = await f.dataSource.query(`SELECT count(*)::int AS n FROM event_batch WHERE status = 'processed'`);
        return n >= 2 ? n : undefined;
      }, 60_000);
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      // Killed with work left: the batches it held are neither lost nor applied twice.
      expect(processedAtKill).toBeLessThan(beforeKill);
      for (const batch of batches.slice(beforeKill)) accepted += await f.post(batch);
      child = spawnWorker();
      await waitUntilProcessed(f.dataSource, batches.length, 110_000);
      recompute = await startWorker({ ...f.stack, prefix: uniquePrefix('kill_check'), schedule: false });
      await expectCleanState(f.dataSource, recompute.get(CaseRecompute), accepted, events, reference);
    } finally {
      child.kill('SIGKILL');
      await recompute?.close();
      await f.api.close();
      await f.dataSource.destroy();
      await f.database.drop();
    }
  }, 240_000);

  it('survives a restart and a flush of a private Redis mid-ingest (recovery re-enqueues from Postgres)', async () => {
    const port = await freePort();
    const startRedis = () => execSync(`redis-server --port ${port} --bind 127.0.0.1 --save '' --appendonly no --daemonize yes`);
    startRedis();
    const f = await fixture('redis', `redis://127.0.0.1:${port}`);
    const worker = await startWorker({ ...f.stack, recoveryIntervalMs: 1000, schedule: false });
    const events = generateEvents(11, 200);
    const reference = referenceOf('redis', events);
    const batches = chunks(events, 20);
    let accepted = 0;
    try {
      for (const batch of batches.slice(0, 4)) accepted += await f.post(batch);
      execSync(`redis-cli -p ${port} shutdown nosave`);
      for (const batch of batches.slice(4, 7)) accepted += await f.post(batch);
      startRedis();
      for (const batch of batches.slice(7, 9)) accepted += await f.post(batch);
      execSync(`redis-cli -p ${port} flushall`);
      for (const batch of batches.slice(9)) accepted += await f.post(batch);
      await waitUntilProcessed(f.dataSource, batches.length, 60_000);
      await expectCleanState(f.dataSource, worker.get(CaseRecompute), accepted, events, reference);
    } finally {
      await worker.close();
      await f.api.close();
      await f.dataSource.destroy();
      await f.database.drop();
      execSync(`redis-cli -p ${port} shutdown nosave || true`);
    }
  }, 120_000);
});
