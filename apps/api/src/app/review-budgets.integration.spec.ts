import { ErrorBudgetResponse, FeedFreshnessResponse, NotificationListResponse, ReviewSummaryResponse } from '@ws/contracts';
import { BURN_THRESHOLDS, BurnRateAlerts, MINIMUM_DECIDED, SLA_TARGET } from '@ws/server-review';
import { adherenceOf, burnRate, CycleResult, errorBudget, OutcomeCounts } from '@ws/sla-engine';
import request from 'supertest';
import { FeedEvent, random } from './ingestion-fixture';
import { ago, engineEvaluation, HOUR, ReviewStack, startReviewStack, TestRole } from './review-fixture';

const DAY = 24 * HOUR;
const qatarDate = (ms: number) => new Date(ms + 3 * HOUR).toISOString().slice(0, 10);
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** 60 MOI-FAST cases (18 s target) over the last 12 days, breaching more often lately; 6 MOJ-HOUR cases. */
function budgetEvents(): FeedEvent[] {
  const rand = random(7);
  const events: FeedEvent[] = [];
  for (let n = 0; n < 60; n += 1) {
    const daysAgo = n % 12;
    const openedAt = Date.now() - daysAgo * DAY - 2 * HOUR - Math.floor(rand() * 5 * HOUR);
    const breached = rand() < (daysAgo < 3 ? 0.7 : 0.15);
    const caseId = `B-FAST-${n}`;
    events.push({ eventId: `${caseId}-o`, type: 'case.opened', caseId, serviceCode: 'MOI-FAST', occurredAt: new Date(openedAt).toISOString(), channel: 'web' });
    events.push({ eventId: `${caseId}-r`, type: 'case.resolved', caseId, serviceCode: 'MOI-FAST', occurredAt: new Date(openedAt + (breached ? 60_000 : 10_000)).toISOString() });
  }
  events.push({ eventId: 'B-OPEN-o', type: 'case.opened', caseId: 'B-OPEN', serviceCode: 'MOI-FAST', occurredAt: ago(5 * 60_000), channel: 'web' });
  events.push({ eventId: 'B-RISK-o', type: 'case.opened', caseId: 'B-RISK', serviceCode: 'MOI-DAY', occurredAt: ago(20 * HOUR), channel: 'web' });
  return events;
}

function mojEvents(): FeedEvent[] {
  return Array.from({ length: 6 }, (_, n) => ({ eventId: `J-${n}-o`, type: 'case.opened', caseId: `J-${n}`, serviceCode: 'MOJ-HOUR', occurredAt: ago((n + 1) * DAY), channel: 'counter' }));
}

interface Expected {
  quarter: OutcomeCounts;
  last3Days: OutcomeCounts;
  last14Days: OutcomeCounts;
}

/** First-cycle counts by window, from the engine's cycles, bucketed here by their Qatar decision date. */
function expectedCounts(cycles: CycleResult[], quarterFrom: string, today: string): Expected {
  const counts: Expected = { quarter: { met: 0, breached: 0 }, last3Days: { met: 0, breached: 0 }, last14Days: { met: 0, breached: 0 } };
  const add = (window: keyof Expected, status: string) => {
    const target = counts[window] as { met: number; breached: number };
    if (status === 'met') target.met += 1;
    else target.breached += 1;
  };
  for (const cycle of cycles) {
    if (cycle.cycle !== 1 || cycle.decidedAt === null) continue;
    const date = qatarDate(cycle.decidedAt);
    if (date >= quarterFrom && date <= today) add('quarter', cycle.status);
    if (date >= shiftDate(today, -2) && date <= today) add('last3Days', cycle.status);
    if (date >= shiftDate(today, -13) && date <= today) add('last14Days', cycle.status);
  }
  return counts;
}

function expectedLevel(burn3d: number | null, burn14d: number | null, suppressed: boolean): string | null {
  if (suppressed || burn3d === null || burn14d === null) return null;
  if (burn3d >= BURN_THRESHOLDS.fast3d && burn14d >= BURN_THRESHOLDS.fast14d) return 'fast';
  if (burn3d >= BURN_THRESHOLDS.slow3d && burn14d >= BURN_THRESHOLDS.slow14d) return 'slow';
  return null;
}

function expectedFigures(counts: Expected) {
  const decided = counts.quarter.met + counts.quarter.breached;
  const budget = errorBudget(counts.quarter, SLA_TARGET);
  const burnRate3d = burnRate(counts.last3Days, SLA_TARGET);
  const burnRate14d = burnRate(counts.last14Days, SLA_TARGET);
  const suppressed = decided < MINIMUM_DECIDED;
  return {
    met: counts.quarter.met, breached: counts.quarter.breached, decided, adherence: adherenceOf(counts.quarter),
    allowedBreaches: counts.quarter.breached + budget.headroom, headroom: budget.headroom, recoveryNeed: budget.recoveryNeed,
    burnRate3d, burnRate14d, burnLevel: expectedLevel(burnRate3d, burnRate14d, suppressed), suppressed,
  };
}

describe('error budgets, burn-rate alerts, notifications, summary and feed freshness', () => {
  let stack: ReviewStack;
  const moi = budgetEvents();
  const moj = mojEvents();

  beforeAll(async () => {
    stack = await startReviewStack('review-budgets');
    await stack.dataSource.query(`INSERT INTO agency (code, name_en, name_ar) VALUES ('MOPH', 'Public Health', 'الصحة العامة')`);
    await stack.post('MOI', moi);
    await stack.post('MOJ', moj);
  });

  afterAll(() => stack?.close());

  const get = (role: TestRole, path: string) => request(stack.api.getHttpServer()).get(`/api/v1${path}`).set('Authorization', `Bearer ${stack.tokens[role]}`);
  const cyclesOf = (events: FeedEvent[], now: number) => {
    const byCase = new Map<string, FeedEvent[]>();
    for (const event of events) byCase.set(event.caseId, [...(byCase.get(event.caseId) ?? []), event]);
    return [...byCase.values()].flatMap((caseEvents) => [...engineEvaluation(caseEvents, caseEvents[0]?.serviceCode as string, now).cycles]);
  };

  it('computes each budget from the rollups as the engine does from the same events', async () => {
    const now = Date.now();
    const body: ErrorBudgetResponse = (await get('central_office', '/error-budgets').expect(200)).body;
    const today = qatarDate(now);
    expect(today >= body.from && today <= body.to).toBe(true);
    const moiFigures = expectedFigures(expectedCounts(cyclesOf(moi, now), body.from, today));
    const moiEntity = body.entities.find((entity) => entity.agency.code === 'MOI');
    expect(moiEntity?.services.find((row) => row.service.code === 'MOI-FAST')).toEqual({ service: expect.objectContaining({ code: 'MOI-FAST' }), ...moiFigures });
    expect(moiEntity?.total).toEqual(moiFigures);
    expect(moiFigures.suppressed).toBe(false);
    const mojTotal = body.entities.find((entity) => entity.agency.code === 'MOJ')?.total;
    expect(mojTotal).toEqual(expectedFigures(expectedCounts(cyclesOf(moj, now), body.from, today)));
    expect(mojTotal?.suppressed).toBe(true);
    expect(body.entities.map((entity) => entity.agency.code)).toEqual(['MOI', 'MOJ', 'MOPH']);

    const own = (await get('manager_a', '/error-budgets').expect(200)).body as ErrorBudgetResponse;
    expect(own.entities.map((entity) => entity.agency.code)).toEqual(['MOI']);
    await get('manager_a', '/error-budgets?agency=MOJ').expect(403);
    const bad = await get('leadership', '/error-budgets?quarter=2026-Q5').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'quarter', rule: 'quarter' })]);
    const past = (await get('leadership', '/error-budgets?quarter=2024-Q1').expect(200)).body as ErrorBudgetResponse;
    expect(past.entities.every((entity) => entity.total.decided === 0 && entity.total.adherence === null)).toBe(true);
  });

  it('writes a burn-rate notification once per agency, service, quarter and level', async () => {
    const alerts = stack.worker.get(BurnRateAlerts);
    const now = Date.now();
    const budgets: ErrorBudgetResponse = (await get('central_office', '/error-budgets').expect(200)).body;
    const level = expectedFigures(expectedCounts(cyclesOf(moi, now), budgets.from, qatarDate(now))).burnLevel;
    expect(level).not.toBeNull();
    expect(await alerts.run(now)).toBe(2);
    expect(await alerts.run(now)).toBe(0);
    const list: NotificationListResponse = (await get('manager_a', `/notifications?kind=burn_rate_${level}`).expect(200)).body;
    expect(list.items.map((item) => [item.agency, item.service, item.quarter, item.caseId]).sort()).toEqual([
      ['MOI', null, budgets.quarter, null],
      ['MOI', 'MOI-FAST', budgets.quarter, null],
    ]);
    expect(list.items.every((item) => item.burnRate3d !== null && item.burnRate14d !== null)).toBe(true);
    const others: NotificationListResponse = (await get('manager_b', '/notifications').expect(200)).body;
    expect(others.items.every((item) => item.agency === 'MOJ')).toBe(true);
    await get('manager_a', '/notifications?agency=MOJ').expect(403);
    const bad = await get('central_office', '/notifications?kind=loud&since=yesterday').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['kind', 'since']);
  });

  it('sums open breaches, at-risk cycles and the last 7 days of breaches for a poller', async () => {
    const now = Date.now();
    const cycles = cyclesOf(moi, now);
    const summary: ReviewSummaryResponse = (await get('manager_a', '/review/summary').expect(200)).body;
    expect(summary).toMatchObject({
      agency: 'MOI',
      openBreaches: cycles.filter((cycle) => cycle.status === 'breached_open').length,
      atRisk: cycles.filter((cycle) => cycle.atRisk).length,
      breachedLast7Days: cycles.filter((cycle) => ['breached', 'breached_open'].includes(cycle.status) && (cycle.decidedAt ?? 0) > now - 7 * DAY).length,
    });
    const [{ latest }] = await stack.dataSource.query(`SELECT max(n.id)::text AS latest FROM notification n JOIN agency a ON a.id = n.agency_id WHERE a.code = 'MOI'`);
    expect(summary.latestNotificationId).toBe(latest);
  });

  it('tells how fresh every feed is, and only its own to an agency manager', async () => {
    const body: FeedFreshnessResponse = (await get('leadership', '/feeds/freshness').expect(200)).body;
    const batches: { code: string; received: Date }[] = await stack.dataSource.query(
      `SELECT a.code, max(b.received_at) AS received FROM event_batch b JOIN agency a ON a.id = b.agency_id GROUP BY a.code`,
    );
    expect(body.agencies.map((row) => [row.agency.code, row.lastReceivedAt, row.stale, row.batchesWaiting])).toEqual([
      ['MOI', batches.find((row) => row.code === 'MOI')?.received.toISOString(), false, 0],
      ['MOJ', batches.find((row) => row.code === 'MOJ')?.received.toISOString(), false, 0],
      ['MOPH', null, true, 0],
    ]);
    const own: FeedFreshnessResponse = (await get('manager_b', '/feeds/freshness').expect(200)).body;
    expect(own.agencies.map((row) => row.agency.code)).toEqual(['MOJ']);
  });

  it('exports the breach list, the budgets and the freshness as UTF-8 CSV with a byte-order mark', async () => {
    const list = (await get('central_office', '/review/breaches?pageSize=200').expect(200)).body;
    for (const [path, rows] of [
      ['/review/breaches?pageSize=200', list.items.length],
      ['/error-budgets', 3 + 3 + 2],
      ['/feeds/freshness', 3],
    ] as const) {
      const csv = await get('central_office', `${path}${path.includes('?') ? '&' : '?'}format=csv`).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      expect(csv.text.trimEnd().split('\r\n')).toHaveLength(1 + rows);
    }
  });
});
