import { NestExpressApplication } from '@nestjs/platform-express';
import { ProcessingTimeResponse } from '@ws/contracts';
import { ALL_MIGRATIONS } from '@ws/migrations';
import { createFeedKey } from '@ws/server-database';
import { testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { periodLabel } from '@ws/sla-engine';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FeedEvent, generateEvents, waitUntilProcessed } from './ingestion-fixture';
import { evaluateWithEngine, nearestRank, SERVICE } from './read-metrics-fixture';
import { ReadStack, startReadStack } from './read-metrics-stack';
import { startApi } from './test-stack';

const MONTHS = `metrics/processing-time?from=2026-01-01&to=2026-06-30&interval=month&service=${SERVICE}`;

/** The engine's figures per month of stop for the service's first stopped cycles. */
function engineMonths(events: Record<string, FeedEvent[]>): Map<string, { processed: number; medianSeconds: number | null; p90Seconds: number | null }> {
  const stopped = evaluateWithEngine(events, Date.now())
    .cases.filter((engineCase) => engineCase.service === SERVICE)
    .flatMap((engineCase) => engineCase.cycles.slice(0, 1))
    .filter((cycle) => cycle.stoppedAt !== null);
  const months = new Map<string, number[]>();
  for (const cycle of stopped) {
    const month = periodLabel(cycle.stoppedAt as number, 'month', 'Asia/Qatar');
    months.set(month, [...(months.get(month) ?? []), cycle.elapsedSeconds]);
  }
  return new Map([...months].map(([month, elapsed]) => [month, { processed: elapsed.length, medianSeconds: nearestRank(elapsed, 0.5), p90Seconds: nearestRank(elapsed, 0.9) }]));
}

function expectEngineFigures(body: ProcessingTimeResponse, events: Record<string, FeedEvent[]>): void {
  const expected = engineMonths(events);
  const inRange = [...expected.keys()].filter((month) => month >= '2026-01' && month <= '2026-06').sort();
  expect(body.series.map((point) => point.period)).toEqual(inRange);
  for (const point of body.series) {
    const engine = expected.get(point.period);
    expect(point.processed).toBe(engine?.processed);
    expect(point.medianSeconds).toBeCloseTo(engine?.medianSeconds ?? NaN, 3);
    expect(point.p90Seconds).toBeCloseTo(engine?.p90Seconds ?? NaN, 3);
  }
}

/** The service's kept months that are current: their version is the sum of their months' versions. */
const CURRENT_KEPT_MONTHS_SQL = `SELECT count(*)::int AS current FROM sla_processing_period pc JOIN service s ON s.id = pc.service_id
  JOIN sla_processing_version v ON v.service_id = pc.service_id AND to_char(v.month, 'YYYY-MM') = pc.period
  WHERE s.code = $1 AND pc.interval = 'month' AND pc.version = v.version`;
const MONTHS_WITH_CYCLES_SQL = `SELECT count(*)::int AS months FROM sla_processing_version v JOIN service s ON s.id = v.service_id WHERE s.code = $1`;

/** Polls (no timing asserted) until the worker's repeatable refresh has kept every month of the service. */
async function untilWorkerKeptEveryMonth(dataSource: DataSource): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const [{ current }] = await dataSource.query(CURRENT_KEPT_MONTHS_SQL, [SERVICE]);
    const [{ months }] = await dataSource.query(MONTHS_WITH_CYCLES_SQL, [SERVICE]);
    if (months > 0 && current === months) return;
    if (Date.now() > deadline) throw new Error(`The worker kept ${current} of ${months} months`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('processing-time reads never write: the worker keeps whole periods, a read-only API answers', () => {
  let stack: ReadStack;
  let readOnlyApi: NestExpressApplication;
  const get = async (path: string): Promise<ProcessingTimeResponse> =>
    (await request(readOnlyApi.getHttpServer()).get(`/api/v1/${path}`).set(stack.as('central_office')).expect(200)).body as ProcessingTimeResponse;

  beforeAll(async () => {
    stack = await startReadStack('processing-cache', { processingRefreshEveryMs: 300 });
    const readOnlyUrl = `${stack.database.url}?options=${encodeURIComponent('-c default_transaction_read_only=on')}`;
    readOnlyApi = await startApi({ databaseUrl: readOnlyUrl, redisUrl: testRedisUrl(), prefix: uniquePrefix('processing-read-only') });
  });

  afterAll(async () => {
    await readOnlyApi?.close();
    await stack?.close();
  });

  it('runs the API on a read-only session', async () => {
    const [{ default_transaction_read_only: readOnly }] = await readOnlyApi.get(DataSource).query(`SHOW default_transaction_read_only`);
    expect(readOnly).toBe('on');
    await expect(readOnlyApi.get(DataSource).query(`DELETE FROM sla_processing_period`)).rejects.toThrow(/read-only transaction/);
  });

  it('answers exactly with nothing kept, and the worker fills the kept months', async () => {
    await stack.dataSource.query(`DELETE FROM sla_processing_period`);
    expectEngineFigures(await get(MONTHS), stack.events);
    await untilWorkerKeptEveryMonth(stack.dataSource);
    expectEngineFigures(await get(MONTHS), stack.events);
  });

  it('serves a kept month while its version holds, never once its months changed', async () => {
    await untilWorkerKeptEveryMonth(stack.dataSource);
    const [kept] = await stack.dataSource.query(
      `SELECT pc.period, pc.service_id AS "serviceId" FROM sla_processing_period pc JOIN service s ON s.id = pc.service_id
       WHERE s.code = $1 AND pc.interval = 'month' AND pc.period BETWEEN '2026-01' AND '2026-06' ORDER BY pc.period LIMIT 1`,
      [SERVICE],
    );
    // A marked kept row is what the read answers while its version holds (so it does read the kept row) ...
    await stack.dataSource.query(`UPDATE sla_processing_period SET median_seconds = 4242 WHERE service_id = $1 AND interval = 'month' AND period = $2`, [kept.serviceId, kept.period]);
    const marked = await get(MONTHS);
    expect(marked.series.find((point) => point.period === kept.period)?.medianSeconds).toBe(4242);
    // ... and never once the month's version moved on: the read computes it (without writing).
    await stack.dataSource.query(`UPDATE sla_processing_version SET version = version + 1 WHERE service_id = $1 AND to_char(month, 'YYYY-MM') = $2`, [kept.serviceId, kept.period]);
    expectEngineFigures(await get(MONTHS), stack.events);
    await untilWorkerKeptEveryMonth(stack.dataSource);
    const [{ median }] = await stack.dataSource.query(
      `SELECT median_seconds AS median FROM sla_processing_period WHERE service_id = $1 AND interval = 'month' AND period = $2`,
      [kept.serviceId, kept.period],
    );
    expect(median).not.toBe(4242);
  });

  it('answers from the new cycles once late events change their months, and the worker catches up', async () => {
    const before = await get(MONTHS);
    const late = generateEvents(99, 60);
    const key = await createFeedKey(stack.dataSource, 'MOI');
    await request(stack.api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(late).expect(202);
    const [{ batches }] = await stack.dataSource.query(`SELECT count(*)::int AS batches FROM event_batch`);
    await waitUntilProcessed(stack.dataSource, batches);

    const events = { ...stack.events, MOI: [...(stack.events['MOI'] ?? []), ...late] };
    const after = await get(MONTHS);
    expectEngineFigures(after, events);
    expect(after.series.map((point) => point.processed)).not.toEqual(before.series.map((point) => point.processed));
    await untilWorkerKeptEveryMonth(stack.dataSource);
    expect(await get(MONTHS)).toEqual(after);
  });

  it('gives months folded before the versions existed a version (migration), so the worker keeps them too', async () => {
    await stack.dataSource.query(`DELETE FROM sla_processing_version WHERE service_id = (SELECT id FROM service WHERE code = $1)`, [SERVICE]);
    await stack.dataSource.query(`DELETE FROM sla_processing_period WHERE service_id = (SELECT id FROM service WHERE code = $1)`, [SERVICE]);
    const backfill = ALL_MIGRATIONS.map((migration) => new migration()).find((migration) => migration.name === 'ProcessingVersionBackfill1795640002000');
    const runner = stack.dataSource.createQueryRunner();
    await backfill?.up(runner);
    await runner.release();
    const [{ months }] = await stack.dataSource.query(MONTHS_WITH_CYCLES_SQL, [SERVICE]);
    expect(months).toBeGreaterThan(0);
    await untilWorkerKeptEveryMonth(stack.dataSource);
    const events = { ...stack.events, MOI: [...(stack.events['MOI'] ?? []), ...generateEvents(99, 60)] };
    expectEngineFigures(await get(MONTHS), events);
  });

  it('gives every cycle its case service, as the worker copies it', async () => {
    const [{ mismatched, cycles }] = await stack.dataSource.query(
      `SELECT count(*) FILTER (WHERE c.service_id IS DISTINCT FROM k.service_id)::int AS mismatched, count(*)::int AS cycles FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk`,
    );
    expect(cycles).toBeGreaterThan(0);
    expect(mismatched).toBe(0);
  });
});
