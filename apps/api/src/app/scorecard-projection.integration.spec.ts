import { monthIndex, monthLabel, projectToTarget } from '@ws/sla-engine';
import request from 'supertest';
import { FeedEvent } from './ingestion-fixture';
import { seedReadCatalogue } from './read-metrics-fixture';
import { ReviewStack, startReviewStack } from './review-fixture';

const CASES_PER_MONTH = 40;
/** Met cases of the 8 complete months before this one, oldest first: adherence rises 2.5 points a month. */
const MET = [20, 22, 21, 25, 26, 25, 29, 30];

function qatarMonthNow(): string {
  return new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 7);
}

/** `count` MOJ-DAY cases opened on the 10th of `month`, the first `met` resolved within the day, the rest after 30 hours. */
function monthCases(month: string, met: number, count = CASES_PER_MONTH): FeedEvent[] {
  return Array.from({ length: count }, (_, n) => {
    const caseId = `PRJ-${month}-${n}`;
    const opened = Date.parse(`${month}-10T08:00:00+03:00`) + n * 60_000;
    const resolved = opened + (n < met ? 1 : 30) * 3_600_000;
    return [
      {
        eventId: `${caseId}-o`,
        type: 'case.opened',
        caseId,
        serviceCode: 'MOJ-DAY',
        occurredAt: new Date(opened).toISOString(),
        channel: 'web',
      },
      {
        eventId: `${caseId}-r`,
        type: 'case.resolved',
        caseId,
        serviceCode: 'MOJ-DAY',
        occurredAt: new Date(resolved).toISOString(),
      },
    ];
  }).flat();
}

describe('GET /scorecard/projection', () => {
  let stack: ReviewStack;
  const thisMonth = monthIndex(qatarMonthNow());
  const months = MET.map((_, i) => monthLabel(thisMonth - MET.length + i));

  beforeAll(async () => {
    stack = await startReviewStack('scorecard-projection');
    await seedReadCatalogue(stack.dataSource);
    // A month with too few decided cycles (29) is left out; the current month (still moving) too.
    const events = [
      ...months.flatMap((month, i) => monthCases(month, MET[i] as number)),
      ...monthCases(monthLabel(thisMonth - 12), 29, 29),
    ];
    const today = new Date(Date.now() + 3 * 3_600_000).getUTCDate();
    if (today > 10) events.push(...monthCases(qatarMonthNow(), 0));
    await stack.post('MOJ', events);
  }, 180_000);

  afterAll(() => stack?.close());

  it('fits the complete months with enough behind them and extends them to January 2030', async () => {
    const body = (
      await request(stack.api.getHttpServer())
        .get('/api/v1/scorecard/projection')
        .set('Authorization', `Bearer ${stack.tokens.leadership}`)
        .expect(200)
    ).body;
    expect(body).toMatchObject({
      horizon: '2030-01',
      confidence: 0.9,
      minimumMonths: 6,
      minimumSample: 30,
    });
    expect(body.kpis.map((kpi: { code: string }) => kpi.code).sort()).toEqual([
      'CSAT',
      'DIGITISED_SERVICES',
      'SLA_ADHERENCE',
    ]);
    const sla = body.kpis.find((kpi: { code: string }) => kpi.code === 'SLA_ADHERENCE');
    const history = months.map((month, i) => ({
      month,
      value: (MET[i] as number) / CASES_PER_MONTH,
      count: CASES_PER_MONTH,
    }));
    expect(sla.history).toEqual(history);
    const expected = projectToTarget({
      series: history,
      target: 0.8,
      direction: 'higher',
      horizon: '2030-01',
      bounds: { min: 0, max: 1 },
    });
    expect(sla.slopePerMonth).toBeCloseTo(expected.slopePerMonth as number, 12);
    expect(sla.path).toHaveLength(monthIndex('2030-01') - thisMonth + 1);
    expect(sla.atHorizon).toEqual(expected.atHorizon);
    expect(sla.requiredPerMonth).toBeCloseTo(
      (0.8 - 0.75) / (monthIndex('2030-01') - (thisMonth - 1)),
      12,
    );
    expect(sla.verdict).toBe(expected.verdict);
    expect(sla.basis).toMatchObject({
      methodCode: 'leastSquaresMonthly',
      months: 8,
      count: 8 * CASES_PER_MONTH,
    });
  });

  it('says "insufficient data" instead of projecting where there is none, and keeps no digitisation history', async () => {
    const body = (
      await request(stack.api.getHttpServer())
        .get('/api/v1/scorecard/projection')
        .set('Authorization', `Bearer ${stack.tokens.manager_a}`)
        .expect(200)
    ).body;
    const csat = body.kpis.find((kpi: { code: string }) => kpi.code === 'CSAT');
    expect(csat).toMatchObject({
      history: [],
      path: [],
      atHorizon: null,
      slopePerMonth: null,
      latest: null,
      requiredPerMonth: null,
      verdict: 'insufficient_data',
    });
    const digitised = body.kpis.find((kpi: { code: string }) => kpi.code === 'DIGITISED_SERVICES');
    expect(digitised).toMatchObject({
      path: [],
      verdict: 'insufficient_data',
      basis: { methodCode: 'noHistory' },
    });
    expect(digitised.latest.month).toBe(qatarMonthNow());
    expect(digitised.requiredPerMonth).toBeGreaterThan(0);
  });

  it('refuses parameters and anonymous readers, and answers CSV', async () => {
    const bad = await request(stack.api.getHttpServer())
      .get('/api/v1/scorecard/projection?year=2026')
      .set('Authorization', `Bearer ${stack.tokens.leadership}`)
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'year', rule: 'unknown' })]);
    await request(stack.api.getHttpServer()).get('/api/v1/scorecard/projection').expect(401);
    const csv = await request(stack.api.getHttpServer())
      .get('/api/v1/scorecard/projection?format=csv')
      .set('Authorization', `Bearer ${stack.tokens.leadership}`)
      .expect(200);
    expect(csv.text).toContain(`SLA_ADHERENCE,actual,${months[0]},0.5,`);
    expect(csv.text).toContain('SLA_ADHERENCE,projected,2030-01,');
  });
});
