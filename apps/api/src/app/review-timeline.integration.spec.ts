import { CaseTimelineResponse } from '@ws/contracts';
import { formatIsoInstant } from '@ws/sla-engine';
import request from 'supertest';
import { FeedEvent } from './ingestion-fixture';
import { agencyACases, agencyBCases, B_CASE_IDS } from './review-cases';
import { engineEvaluation, ReviewStack, startReviewStack, TestRole } from './review-fixture';

const iso = (ms: number | null) => (ms === null ? null : formatIsoInstant(ms));

describe('case timelines and the breach review', () => {
  let stack: ReviewStack;
  const casesA = agencyACases();
  const casesB = agencyBCases();
  const events = [...casesA, ...casesB];
  const byCase = new Map<string, FeedEvent[]>();
  for (const event of events) byCase.set(event.caseId, [...(byCase.get(event.caseId) ?? []), event]);

  beforeAll(async () => {
    stack = await startReviewStack('review-timeline');
    await stack.post('MOI', casesA);
    await stack.post('MOJ', casesB);
  });

  afterAll(() => stack?.close());

  const get = (role: TestRole, path: string) => request(stack.api.getHttpServer()).get(`/api/v1${path}`).set('Authorization', `Bearer ${stack.tokens[role]}`);
  const acknowledge = (role: TestRole, path: string, body: object) =>
    request(stack.api.getHttpServer()).post(`/api/v1${path}`).set('Authorization', `Bearer ${stack.tokens[role]}`).send(body);

  it('shows each case with the cycles the SLA engine computes from the same events', async () => {
    for (const [caseId, caseEvents] of byCase) {
      const agency = caseId.startsWith('ZZB') ? 'MOJ' : 'MOI';
      const body: CaseTimelineResponse = (await get('central_office', `/agencies/${agency}/cases/${caseId}`).expect(200)).body;
      const service = caseEvents[0]?.serviceCode as string;
      const expected = engineEvaluation(caseEvents, service, Date.parse(body.computedAt as string));
      expect(body.service?.code).toBe(service);
      expect(body.events.map((event) => event.eventId).sort()).toEqual(caseEvents.map((event) => event.eventId).sort());
      expect(body.cycles.map(({ cycle, status, startedAt, stoppedAt, dueAt, breachedAt, decidedAt, atRisk }) => ({ cycle, status, startedAt, stoppedAt, dueAt, breachedAt, decidedAt, atRisk }))).toEqual(
        expected.cycles.map((cycle) => ({
          cycle: cycle.cycle, status: cycle.status, startedAt: iso(cycle.startedAt), stoppedAt: iso(cycle.stoppedAt), dueAt: iso(cycle.dueAt),
          breachedAt: iso(cycle.breachedAt), decidedAt: iso(cycle.decidedAt), atRisk: cycle.atRisk,
        })),
      );
      body.cycles.forEach((cycle, index) => {
        expect(cycle.elapsedSeconds).toBeCloseTo(expected.cycles[index]?.elapsedSeconds ?? NaN, 3);
        expect(cycle.progress).toBeCloseTo(expected.cycles[index]?.progress ?? NaN, 6);
      });
    }
  });

  it('derives pauses and ignored events, and gives each event its batch and reception time', async () => {
    const body: CaseTimelineResponse = (await get('manager_a', '/agencies/MOI/cases/A-MET').expect(200)).body;
    expect(body.cycles[0]?.pauses).toEqual([{ from: '2026-01-04T06:00:00.000Z', to: '2026-01-05T05:00:00.000Z', reason: 'awaiting_customer' }]);
    const second = body.events.find((event) => event.eventId === 'A-MET-p2');
    expect(second?.ignoredReason).toBe('no_effect');
    expect(body.events.find((event) => event.eventId === 'A-MET-p1')?.ignoredReason).toBeNull();
    const [batch] = await stack.dataSource.query(`SELECT id, received_at FROM event_batch ORDER BY received_at LIMIT 1`);
    expect(body.events.every((event) => event.batchId === batch.id && event.receivedAt === batch.received_at.toISOString())).toBe(true);
    expect(body.survey).toEqual({ score: 5, scale: 'csat5', at: '2026-01-05T10:00:00.000Z' });
    expect(body.sla).toEqual({ version: 1, target: { amount: 3, unit: 'workingDays' }, calendar: 'QA-GOV', atRiskRatio: 0.75 });
  });

  it('answers an agency manager 404 for another agency\'s case, with the body of an unknown case', async () => {
    const hidden = await get('manager_a', `/agencies/MOJ/cases/${B_CASE_IDS[0]}`).expect(404);
    const unknown = await get('manager_a', '/agencies/MOI/cases/NO-SUCH-CASE').expect(404);
    const unknownAgency = await get('manager_a', '/agencies/NOPE/cases/NO-SUCH-CASE').expect(404);
    expect(hidden.body).toEqual(unknown.body);
    expect(unknownAgency.body).toEqual(unknown.body);
    expect(JSON.stringify(hidden.body)).not.toContain(B_CASE_IDS[0]);
    await get('manager_b', `/agencies/MOJ/cases/${B_CASE_IDS[0]}`).expect(200);
    await get('leadership', `/agencies/MOJ/cases/${B_CASE_IDS[0]}`).expect(200);
    await get('leadership', '/agencies/MOI/cases/A-MET').expect(200);
  });

  it('lists open breaches, at-risk cycles and recent breaches as the engine classifies them', async () => {
    const now = Date.now();
    const expected: string[] = [];
    for (const [caseId, caseEvents] of byCase) {
      for (const cycle of engineEvaluation(caseEvents, caseEvents[0]?.serviceCode as string, now).cycles) {
        const inJanuary = cycle.decidedAt !== null && iso(cycle.decidedAt)?.startsWith('2026-01');
        const category =
          cycle.status === 'breached_open' ? 'open_breach' : cycle.atRisk ? 'at_risk' : cycle.status === 'breached' && inJanuary ? 'recent_breach' : null;
        if (category) expected.push(`${category}:${caseId}:${cycle.cycle}`);
      }
    }
    const listed = async (role: TestRole, query: string) => {
      const body = (await get(role, `/review/breaches?from=2026-01-01&to=2026-01-31&pageSize=200${query}`).expect(200)).body;
      return (body.items as { category: string; caseId: string; cycle: number }[]).map((item) => `${item.category}:${item.caseId}:${item.cycle}`).sort();
    };
    expect(await listed('central_office', '')).toEqual([...expected].sort());
    expect(await listed('leadership', '&agency=MOJ')).toEqual(expected.filter((key) => key.includes(':ZZB-')).sort());
    expect(await listed('manager_a', '')).toEqual(expected.filter((key) => !key.includes(':ZZB-')).sort());
    expect(await listed('manager_a', '&status=open_breach')).toEqual(expected.filter((key) => key.startsWith('open_breach') && !key.includes(':ZZB-')).sort());
    await get('manager_a', '/review/breaches?agency=MOJ').expect(403);
    const bad = await get('central_office', '/review/breaches?status=late&page=0&from=2026-13-01').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['from', 'page', 'status']);
  });

  it('pages with a total, in the asked order', async () => {
    const first = (await get('central_office', '/review/breaches?from=2026-01-01&to=2026-01-31&sort=-progress&pageSize=2&page=1').expect(200)).body;
    const second = (await get('central_office', '/review/breaches?from=2026-01-01&to=2026-01-31&sort=-progress&pageSize=2&page=2').expect(200)).body;
    const all = (await get('central_office', '/review/breaches?from=2026-01-01&to=2026-01-31&sort=-progress').expect(200)).body;
    expect(first.total).toBe(all.items.length);
    expect([...first.items, ...second.items]).toEqual(all.items.slice(0, 4));
    const progress = all.items.map((item: { progress: number }) => item.progress);
    expect(progress).toEqual([...progress].sort((a, b) => b - a));
  });

  it('lets only the agency\'s manager acknowledge a breached cycle, replacing with an audit trail', async () => {
    const path = '/agencies/MOI/cases/A-BREACHED/cycles/1/acknowledgement';
    await acknowledge('central_office', path, { rootCause: 'staffing', note: 'x' }).expect(403);
    await acknowledge('leadership', path, { rootCause: 'staffing', note: 'x' }).expect(403);
    await acknowledge('manager_b', path, { rootCause: 'staffing', note: 'x' }).expect(404);
    const invalid = await acknowledge('manager_a', path, { rootCause: 'weather', note: '' }).expect(400);
    expect(invalid.body.errors.map((error: { field: string; rule: string }) => `${error.field}:${error.rule}`)).toEqual(['rootCause:one-of', 'note:text']);
    await acknowledge('manager_a', path, { rootCause: 'staffing', note: 'n'.repeat(2001) }).expect(400);
    const notBreached = await acknowledge('manager_a', '/agencies/MOI/cases/A-MET/cycles/1/acknowledgement', { rootCause: 'other', note: 'fine' }).expect(400);
    expect(notBreached.body.errors).toEqual([expect.objectContaining({ field: 'cycle', rule: 'breached' })]);
    await acknowledge('manager_a', '/agencies/MOI/cases/A-BREACHED/cycles/2/acknowledgement', { rootCause: 'other', note: 'x' }).expect(404);

    const first = await acknowledge('manager_a', path, { rootCause: 'staffing', note: 'Two officers on leave' }).expect(201);
    expect(first.body).toMatchObject({ agency: 'MOI', caseId: 'A-BREACHED', cycle: 1, rootCause: 'staffing', replaced: false, acknowledgedBy: 'manager-a@review.test' });
    const second = await acknowledge('manager_a', path, { rootCause: 'awaiting_other_entity', note: 'Waiting for MOJ' }).expect(201);
    expect(second.body.replaced).toBe(true);
    const audit = await stack.dataSource.query(`SELECT actor, action, before, after FROM audit_log WHERE entity = 'breach_acknowledgement' ORDER BY id`);
    expect(audit).toEqual([
      { actor: 'user:manager-a@review.test', action: 'create', before: null, after: expect.objectContaining({ rootCause: 'staffing' }) },
      { actor: 'user:manager-a@review.test', action: 'replace', before: expect.objectContaining({ rootCause: 'staffing' }), after: expect.objectContaining({ rootCause: 'awaiting_other_entity', note: 'Waiting for MOJ' }) },
    ]);
    const timeline: CaseTimelineResponse = (await get('leadership', '/agencies/MOI/cases/A-BREACHED').expect(200)).body;
    expect(timeline.cycles[0]?.acknowledgement).toMatchObject({ rootCause: 'awaiting_other_entity', note: 'Waiting for MOJ' });
    const listed = (await get('manager_a', '/review/breaches?status=recent_breach&from=2026-01-01&to=2026-01-31').expect(200)).body;
    expect(listed.items.find((item: { caseId: string }) => item.caseId === 'A-BREACHED').acknowledgement.rootCause).toBe('awaiting_other_entity');
  });
});
