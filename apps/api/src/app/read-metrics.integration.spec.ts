import {
  BacklogResponse, ProceduralDelayResponse, ProcessingTimeResponse, ReopenRateResponse, SatisfactionSeriesResponse, SlaSeriesResponse, VolumesResponse,
} from '@ws/contracts';
import { adherenceByPeriod, csatByPeriod, CycleResult, periodLabel, PeriodInterval } from '@ws/sla-engine';
import request from 'supertest';
import { EngineCase, EngineSurvey, evaluateWithEngine, MOJ_SERVICE, nearestRank, SERVICE } from './read-metrics-fixture';
import { ReadStack, startReadStack } from './read-metrics-stack';

const ZONE = 'Asia/Qatar';
const RANGE = 'from=2026-01-01&to=2026-06-30';

/** Counts per period label of the instants picked from the cycles. */
function countBy(cycles: readonly CycleResult[], instant: (cycle: CycleResult) => number | null, interval: PeriodInterval): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cycle of cycles) {
    const at = instant(cycle);
    if (at !== null) counts.set(periodLabel(at, interval, ZONE), (counts.get(periodLabel(at, interval, ZONE)) ?? 0) + 1);
  }
  return counts;
}

describe('read API figures equal the SLA engine over the same events', () => {
  let stack: ReadStack;
  let cases: EngineCase[];
  let surveys: EngineSurvey[];
  const get = async <T>(path: string): Promise<T> => (await request(stack.api.getHttpServer()).get(`/api/v1/${path}`).set(stack.as('central_office')).expect(200)).body as T;
  const first = (selected: EngineCase[]) => selected.flatMap((engineCase) => engineCase.cycles.slice(0, 1));

  beforeAll(async () => {
    stack = await startReadStack('read-figures');
    ({ cases, surveys } = evaluateWithEngine(stack.events, Date.now()));
  });

  afterAll(async () => stack.close());

  it('lists every period, with adherence per month of decidedAt and null where nothing was decided', async () => {
    const body = await get<SlaSeriesResponse>(`metrics/sla?${RANGE}&interval=month`);
    expect(body.series.map((point) => point.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    const expected = new Map(adherenceByPeriod(first(cases), 'month', ZONE).map((point) => [point.period, point]));
    for (const point of body.series) {
      const engine = expected.get(point.period);
      expect(point).toEqual({ period: point.period, met: engine?.met ?? 0, breached: engine?.breached ?? 0, decided: engine?.decided ?? 0, adherence: engine?.adherence ?? null });
    }
    expect(body.series.some((point) => point.adherence === null)).toBe(true);
    expect(body.target).toBe(0.8);
  });

  it('adds partial months at the ends of a range to the whole months between (month rollups + day rollups)', async () => {
    const body = await get<SlaSeriesResponse>('metrics/sla?from=2026-01-15&to=2026-03-10&interval=quarter');
    const inRange = first(cases).filter((cycle) => cycle.decidedAt !== null && ['2026-01-15', '2026-03-10'].every((edge, index) => {
      const day = periodLabel(cycle.decidedAt as number, 'day', ZONE);
      return index === 0 ? day >= edge : day <= edge;
    }));
    const [q1] = adherenceByPeriod(inRange, 'quarter', ZONE);
    expect(body.series).toEqual([{ period: '2026-Q1', met: q1?.met, breached: q1?.breached, decided: q1?.decided, adherence: q1?.adherence }]);
  });

  it('labels weeks by their Sunday, and counts every cycle with cycles=all, per agency', async () => {
    const body = await get<SlaSeriesResponse>(`metrics/sla?${RANGE}&interval=week&agency=MOI&cycles=all`);
    expect(body.series[0]?.period).toBe('2025-12-28');
    const moi = cases.filter((engineCase) => engineCase.agency === 'MOI').flatMap((engineCase) => engineCase.cycles);
    const expected = new Map(adherenceByPeriod(moi, 'week', ZONE).map((point) => [point.period, point]));
    expect(body.series.filter((point) => point.decided > 0)).toEqual([...expected.values()].map(({ period, met, breached, decided, adherence }) => ({ period, met, breached, decided, adherence })));
  });

  it('filters inter-entity requests by the requesting agency', async () => {
    const body = await get<SlaSeriesResponse>(`metrics/sla?${RANGE}&interval=year&requestingAgency=MOJ`);
    const requested = adherenceByPeriod(first(cases.filter((engineCase) => engineCase.requesting === 'MOJ')), 'year', ZONE);
    expect(body.series).toEqual([{ period: '2026', met: requested[0]?.met, breached: requested[0]?.breached, decided: requested[0]?.decided, adherence: requested[0]?.adherence }]);
  });

  it('gives CSAT with the Wilson interval from the latest response of each case', async () => {
    const body = await get<SatisfactionSeriesResponse>(`metrics/satisfaction?${RANGE}&interval=month`);
    const expected = new Map(csatByPeriod(surveys, 'month', ZONE).map((point) => [point.period, point.figure]));
    for (const point of body.series) {
      const figure = expected.get(point.period);
      expect(point).toEqual({
        period: point.period, responses: figure?.responses ?? 0, satisfied: figure?.satisfied ?? 0, csat: figure?.csat ?? null,
        ciLow: figure?.interval?.low ?? null, ciHigh: figure?.interval?.high ?? null, insufficientSample: figure?.insufficient ?? true,
      });
    }
  });

  it('counts volumes by channel and the digital take-up', async () => {
    const body = await get<VolumesResponse>(`metrics/volumes?${RANGE}&interval=quarter`);
    const q1 = body.series.find((point) => point.period === '2026-Q1');
    const opened = countBy(first(cases), (cycle) => cycle.startedAt, 'quarter');
    expect(q1?.opened).toBe(opened.get('2026-Q1'));
    const webQ1 = countBy(first(cases.filter((engineCase) => engineCase.channel === 'web')), (cycle) => cycle.startedAt, 'quarter').get('2026-Q1');
    expect(q1?.byChannel.find((row) => row.channel === 'web')?.opened).toBe(webQ1);
    const digital = cases.filter((engineCase) => ['web', 'mobile', 'api'].includes(engineCase.channel));
    expect(q1?.digitalTakeUp).toBeCloseTo((countBy(first(digital), (cycle) => cycle.startedAt, 'quarter').get('2026-Q1') ?? 0) / (q1?.opened ?? 1), 12);
    const all = cases.flatMap((engineCase) => engineCase.cycles);
    for (const point of body.series) {
      expect(point.resolved).toBe(countBy(all, (cycle) => cycle.stoppedAt, 'quarter').get(point.period) ?? 0);
      expect(point.cancelled).toBe(countBy(all, (cycle) => cycle.cancelledAt, 'quarter').get(point.period) ?? 0);
      expect(point.reopened).toBe(countBy(all.filter((cycle) => cycle.cycle > 1), (cycle) => cycle.startedAt, 'quarter').get(point.period) ?? 0);
      expect(point.decided).toBe(countBy(first(cases), (cycle) => cycle.decidedAt, 'quarter').get(point.period) ?? 0);
    }
  });

  it('gives median and p90 processing time per service (nearest rank over stopped first cycles)', async () => {
    const body = await get<ProcessingTimeResponse>(`metrics/processing-time?${RANGE}&interval=quarter`);
    for (const service of [SERVICE, MOJ_SERVICE]) {
      const stopped = first(cases.filter((engineCase) => engineCase.service === service)).filter((cycle) => cycle.stoppedAt !== null && cycle.status !== 'cancelled');
      const inQ1 = stopped.filter((cycle) => periodLabel(cycle.stoppedAt as number, 'quarter', ZONE) === '2026-Q1');
      const point = body.series.find((row) => row.service.code === service && row.period === '2026-Q1');
      expect(point?.processed).toBe(inQ1.length);
      expect(point?.medianSeconds).toBeCloseTo(nearestRank(inQ1.map((cycle) => cycle.elapsedSeconds), 0.5) ?? NaN, 3);
      expect(point?.p90Seconds).toBeCloseTo(nearestRank(inQ1.map((cycle) => cycle.elapsedSeconds), 0.9) ?? NaN, 3);
      expect(point?.target).toEqual({ amount: 3, unit: 'workingDays' });
    }
    expect(body.methodCode).toBe('processingTimePercentiles');
  });

  it('counts services whose p90 exceeds the SLA (procedural delay) and the reopen rate', async () => {
    const delay = await get<ProceduralDelayResponse>(`metrics/procedural-delay?${RANGE}&interval=year`);
    const overSla = [SERVICE, MOJ_SERVICE].filter((service) => {
      const stopped = first(cases.filter((engineCase) => engineCase.service === service)).filter((cycle) => cycle.stoppedAt !== null && cycle.status !== 'cancelled');
      return (nearestRank(stopped.map((cycle) => cycle.progress), 0.9) ?? 0) > 1;
    });
    expect(delay.methodCode).toBe('servicesP90OverSla');
    expect(delay.series).toEqual([{ period: '2026', servicesMeasured: 2, servicesOverSla: overSla.length, share: overSla.length / 2 }]);
    const reopen = await get<ReopenRateResponse>(`metrics/reopen-rate?${RANGE}&interval=year`);
    const all = cases.flatMap((engineCase) => engineCase.cycles);
    const reopened = all.filter((cycle) => cycle.cycle > 1).length;
    const decided = first(cases).filter((cycle) => cycle.decidedAt !== null && cycle.status !== 'cancelled').length;
    expect(reopen.series).toEqual([{ period: '2026', reopened, decided, reopenRate: reopened / decided }]);
  });

  it('counts the open backlog by the state of the current cycle', async () => {
    const body = await get<BacklogResponse>('metrics/backlog');
    const current = cases.map((engineCase) => engineCase.cycles[engineCase.cycles.length - 1] as CycleResult);
    const open = current.filter((cycle) => ['running', 'paused', 'breached_open'].includes(cycle.status));
    expect(body.total).toEqual({
      running: open.filter((cycle) => cycle.status === 'running' && !cycle.atRisk).length,
      paused: open.filter((cycle) => cycle.status === 'paused' && !cycle.atRisk).length,
      atRisk: open.filter((cycle) => cycle.status !== 'breached_open' && cycle.atRisk).length,
      breached: open.filter((cycle) => cycle.status === 'breached_open').length,
      total: open.length,
    });
    expect(body.total.total).toBeGreaterThan(0);
    expect(body.byAgency.map((row) => row.agency)).toEqual(['MOI', 'MOJ']);
  });
});
