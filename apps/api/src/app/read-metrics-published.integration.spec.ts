import { FIGURE_METHOD_CODES, LeagueResponse, MatrixResponse, OpenDataMonthlyResponse, ScorecardResponse } from '@ws/contracts';
import { adherenceOf, CycleResult, latestResponses, isSatisfied, periodLabel } from '@ws/sla-engine';
import request from 'supertest';
import { EngineCase, EngineSurvey, evaluateWithEngine } from './read-metrics-fixture';
import { ReadStack, startReadStack } from './read-metrics-stack';

const ZONE = 'Asia/Qatar';
const BOM = '\uFEFF';

function outcomes(cycles: readonly CycleResult[], inWindow: (decidedAt: number) => boolean): { met: number; breached: number } {
  const decided = cycles.filter((cycle) => cycle.decidedAt !== null && cycle.status !== 'cancelled' && inWindow(cycle.decidedAt));
  return { met: decided.filter((cycle) => cycle.status === 'met').length, breached: decided.filter((cycle) => cycle.status !== 'met').length };
}

function csatCounts(surveys: readonly EngineSurvey[]): { satisfied: number; responses: number } {
  const counted = latestResponses(surveys);
  return { satisfied: counted.filter((survey) => isSatisfied(survey.scale, survey.score)).length, responses: counted.length };
}

/** product.md status against the straight-line trajectory from the seed KPI (baseline 2024). */
function expectedStatus(actual: number, baseline: number, target: number, count: number): string {
  const trajectory = baseline + ((target - baseline) * (2026 - 2024)) / (2030 - 2024);
  if (count < 30) return 'grey';
  if (actual >= trajectory) return 'green';
  return trajectory - actual <= 0.05 ? 'amber' : 'red';
}

describe('scorecard, league, matrix and open data', () => {
  let stack: ReadStack;
  let cases: EngineCase[];
  let surveys: EngineSurvey[];
  const http = () => request(stack.api.getHttpServer());
  const firstOf = (agency?: string) => cases.filter((engineCase) => !agency || engineCase.agency === agency).flatMap((engineCase) => engineCase.cycles.slice(0, 1));
  const in2026 = (at: number) => periodLabel(at, 'year', ZONE) === '2026';

  beforeAll(async () => {
    stack = await startReadStack('read-published');
    ({ cases, surveys } = evaluateWithEngine(stack.events, Date.now()));
  });

  afterAll(async () => stack.close());

  it('scores each NDS3 KPI of the year against its trajectory, with its basis and a monthly trend', async () => {
    const body = (await http().get('/api/v1/scorecard?year=2026').set(stack.as('leadership')).expect(200)).body as ScorecardResponse;
    const sla = body.kpis.find((kpi) => kpi.code === 'SLA_ADHERENCE');
    const counts = outcomes(firstOf(), in2026);
    const adherence = adherenceOf(counts) as number;
    expect(sla).toMatchObject({ actual: adherence, target2030: 0.8, basis: { count: counts.met + counts.breached } });
    expect(sla?.trajectory).toBeCloseTo(0.74, 12);
    expect(sla?.status).toBe(expectedStatus(adherence, 0.71, 0.8, counts.met + counts.breached));
    expect(sla?.trend.find((point) => point.period === '2026-02')?.value).toBe(adherenceOf(outcomes(firstOf(), (at) => periodLabel(at, 'month', ZONE) === '2026-02')));
    expect(sla?.trend.find((point) => point.period === '2026-10')?.value).toBeNull();
    const csat = csatCounts(surveys.filter((survey) => in2026(survey.occurredAt)));
    expect(body.satisfaction).toMatchObject({ csat: csat.satisfied / csat.responses, responses: csat.responses });
    expect(body.kpis.find((kpi) => kpi.code === 'CSAT')?.status).toBe(expectedStatus(csat.satisfied / csat.responses, 0.78, 0.85, csat.responses));
    // MOJ-PERMIT is digitised; MOI's two services are not.
    expect(body.digitised).toEqual({ servicesInScope: 3, servicesDigitised: 1, share: 1 / 3 });
    expect(body.kpis.find((kpi) => kpi.code === 'DIGITAL_TAKE_UP')?.status).toBe('grey');
    expect(sla?.basis.methodCode).toBe('pooledAdherence');
    expect(body.kpis.find((kpi) => kpi.code === 'CSAT')?.basis.methodCode).toBe('pooledSatisfaction');
    expect(body.kpis.filter((kpi) => !FIGURE_METHOD_CODES.includes(kpi.basis.methodCode)).map((kpi) => kpi.code)).toEqual([]);
  });

  it('ranks entities by adherence and gives the requesting x providing matrix, to an agency manager too', async () => {
    const league = (await http().get('/api/v1/league?from=2026-01-01&to=2026-12-31').set(stack.as('agency_manager')).expect(200)).body as LeagueResponse;
    const expected = ['MOI', 'MOJ'].map((code) => ({ code, ...outcomes(firstOf(code), in2026) }));
    expected.sort((a, b) => (adherenceOf(b) ?? -1) - (adherenceOf(a) ?? -1));
    expect(league.rows.map((row) => [row.rank, row.agency.code, row.met, row.decided, row.adherence])).toEqual(
      expected.map((row, index) => [index + 1, row.code, row.met, row.met + row.breached, adherenceOf(row)]),
    );
    const matrix = (await http().get('/api/v1/matrix?from=2026-01-01&to=2026-12-31').set(stack.as('agency_manager')).expect(200)).body as MatrixResponse;
    const requested = outcomes(cases.filter((engineCase) => engineCase.agency === 'MOI' && engineCase.requesting === 'MOJ').flatMap((engineCase) => engineCase.cycles.slice(0, 1)), in2026);
    expect(matrix.cells.find((cell) => cell.requesting === 'MOJ' && cell.providing === 'MOI')).toEqual({
      requesting: 'MOJ', providing: 'MOI', met: requested.met, decided: requested.met + requested.breached, adherence: adherenceOf(requested),
    });
    expect(matrix.agencies.map((agency) => agency.code)).toEqual(['MOI', 'MOJ']);
  });

  it('publishes monthly open data anonymously, cacheable, with an ETag and 304', async () => {
    const response = await http().get('/api/v1/open-data/monthly?year=2026').expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    const etag = response.headers['etag'] as string;
    expect(etag).toBeTruthy();
    await http().get('/api/v1/open-data/monthly?year=2026').set('If-None-Match', etag).expect(304);
    const body = response.body as OpenDataMonthlyResponse;
    const january = body.rows.filter((row) => row.month === '2026-01');
    const inJanuary = (at: number) => periodLabel(at, 'month', ZONE) === '2026-01';
    const national = outcomes(firstOf(), inJanuary);
    expect(january.map((row) => row.entity)).toEqual(['national', 'MOI', 'MOJ']);
    expect(january[0]).toMatchObject({ met: national.met, decided: national.met + national.breached, adherence: adherenceOf(national) });
    expect(Object.keys(january[1] ?? {})).not.toContain('caseId');
    const csv = await http().get('/api/v1/open-data/monthly?year=2026&format=csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['etag']).toBeTruthy();
    expect(csv.headers['etag']).not.toBe(etag);
  });

  it('answers CSV with a UTF-8 BOM and Arabic names, by ?format=csv or Accept: text/csv', async () => {
    const league = await http().get('/api/v1/league?from=2026-01-01&to=2026-12-31&format=csv').set(stack.as('central_office')).expect(200);
    expect(league.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = league.text;
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain('الداخلية');
    expect(text.split('\r\n')[0]).toBe(`${BOM}rank,agency,agencyNameAr,agencyNameEn,met,decided,adherence,adherenceStatus,responses,satisfied,csat,csatStatus,servicesInScope,servicesDigitised,digitisedShare,digitisedStatus`);
    const sla = await http().get('/api/v1/metrics/sla?from=2026-01-01&to=2026-03-31&interval=month').set(stack.as('central_office')).set('Accept', 'text/csv').expect(200);
    const resolved = await http().get('/api/v1/metrics/resolved?from=2026-01-01&to=2026-01-02&format=csv').expect(200);
    expect(resolved.text.split('\r\n')[0]).toBe(`${BOM}period,resolved`);
    expect(sla.text.split('\r\n').slice(0, 2)).toEqual([`${BOM}period,met,breached,decided,adherence,target,cycles`, expect.stringMatching(/^2026-01,\d+,\d+,\d+,[\d.]+,0\.8,first$/)]);
  });
});

