import { ProcessingTimeResponse } from '@ws/contracts';
import { createFeedKey } from '@ws/server-database';
import { periodLabel } from '@ws/sla-engine';
import request from 'supertest';
import { FeedEvent, generateEvents, waitUntilProcessed } from './ingestion-fixture';
import { evaluateWithEngine, nearestRank, SERVICE } from './read-metrics-fixture';
import { ReadStack, startReadStack } from './read-metrics-stack';

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

describe('processing-time percentiles of whole periods are kept, and recomputed when their cycles change', () => {
  let stack: ReadStack;
  const get = async (path: string): Promise<ProcessingTimeResponse> =>
    (await request(stack.api.getHttpServer()).get(`/api/v1/${path}`).set(stack.as('central_office')).expect(200)).body as ProcessingTimeResponse;

  beforeAll(async () => {
    stack = await startReadStack('processing-cache');
  });

  afterAll(async () => stack.close());

  it('answers from sla_processing_period while the month versions hold, and from the new cycles once late events change them', async () => {
    const first = await get(MONTHS);
    expectEngineFigures(first, stack.events);
    const [{ kept }] = await stack.dataSource.query(`SELECT count(*)::int AS kept FROM sla_processing_period WHERE interval = 'month'`);
    expect(kept).toBeGreaterThanOrEqual(first.series.length);
    expect(await get(MONTHS)).toEqual(first);

    const late = generateEvents(99, 60);
    const key = await createFeedKey(stack.dataSource, 'MOI');
    await request(stack.api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(late).expect(202);
    const [{ batches }] = await stack.dataSource.query(`SELECT count(*)::int AS batches FROM event_batch`);
    await waitUntilProcessed(stack.dataSource, batches);

    const after = await get(MONTHS);
    const events = { ...stack.events, MOI: [...(stack.events['MOI'] ?? []), ...late] };
    expectEngineFigures(after, events);
    expect(after.series.map((point) => point.processed)).not.toEqual(first.series.map((point) => point.processed));
  });

  it('gives every cycle its case service, as the worker copies it', async () => {
    const [{ mismatched, cycles }] = await stack.dataSource.query(
      `SELECT count(*) FILTER (WHERE c.service_id IS DISTINCT FROM k.service_id)::int AS mismatched, count(*)::int AS cycles FROM sla_cycle c JOIN sla_case k ON k.id = c.case_pk`,
    );
    expect(cycles).toBeGreaterThan(0);
    expect(mismatched).toBe(0);
  });
});
