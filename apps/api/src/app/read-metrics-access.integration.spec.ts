import { BacklogResponse, SlaSeriesResponse } from '@ws/contracts';
import { CaseRecompute } from '@ws/server-ingestion';
import request from 'supertest';
import { MOJ_SERVICE, SERVICE } from './read-metrics-fixture';
import { ReadStack, startReadStack } from './read-metrics-stack';

const SLA = '/api/v1/metrics/sla?from=2026-01-01&to=2026-03-31&interval=month';

const COUNTERS = ['decided', 'met', 'breached', 'decided_all', 'met_all', 'breached_all', 'opened', 'reopened', 'resolved', 'cancelled', 'processed', 'csat_responses', 'csat_satisfied'];

/** A count of the rows (non-zero ones) where the month table and the day rows summed per month differ. */
function monthTableDifferences(key: string, table: string, extra = '', extraSum = ''): string {
  const fromDays = `SELECT ${key}, date_trunc('month', day)::date AS month, ${COUNTERS.map((name) => `sum(${name})::int`).join(', ')}${extraSum}
    FROM sla_rollup_day GROUP BY ${key}, date_trunc('month', day) HAVING ${COUNTERS.map((name) => `sum(${name}) <> 0`).join(' OR ')}`;
  const fromMonths = `SELECT ${key}, month, ${COUNTERS.join(', ')}${extra} FROM ${table} WHERE ${COUNTERS.map((name) => `${name} <> 0`).join(' OR ')}`;
  return `SELECT count(*)::int AS n FROM ((${fromDays} EXCEPT ${fromMonths}) UNION ALL (${fromMonths} EXCEPT ${fromDays})) d`;
}

const MONTH_TABLE_CHECKS = [
  monthTableDifferences('service_id, agency_id, requesting_agency_id, channel', 'sla_rollup_month'),
  monthTableDifferences('service_id, agency_id', 'sla_rollup_service_month', ', opened_digital', `, COALESCE(sum(opened) FILTER (WHERE channel IN ('web', 'mobile', 'api')), 0)::int`),
  monthTableDifferences('service_id, agency_id, channel', 'sla_rollup_channel_month'),
];

describe('who may read which figures', () => {
  let stack: ReadStack;
  const http = () => request(stack.api.getHttpServer());

  beforeAll(async () => {
    stack = await startReadStack('read-access');
  });

  afterAll(async () => stack.close());

  it('needs a sign-in for every read endpoint but the open data', async () => {
    for (const path of [SLA, '/api/v1/metrics/backlog', '/api/v1/scorecard', '/api/v1/league?from=2026-01-01&to=2026-01-31', '/api/v1/metrics/digitised']) {
      await http().get(path).expect(401);
    }
    await http().get('/api/v1/open-data/monthly?year=2026').expect(200);
  });

  it('gives an agency manager its own agency and services in full and the nation, and 404 for another agency', async () => {
    const manager = stack.as('agency_manager');
    await http().get(`${SLA}&agency=MOI`).set(manager).expect(200);
    await http().get(`${SLA}&service=${SERVICE}`).set(manager).expect(200);
    await http().get(`${SLA}&requestingAgency=MOI`).set(manager).expect(200);
    const national = (await http().get(SLA).set(manager).expect(200)).body as SlaSeriesResponse;
    const asCentral = (await http().get(SLA).set(stack.as('central_office')).expect(200)).body as SlaSeriesResponse;
    expect(national).toEqual(asCentral);
    for (const filter of ['agency=MOJ', `service=${MOJ_SERVICE}`, 'requestingAgency=MOJ', 'agency=NOPE']) {
      const response = await http().get(`${SLA}&${filter}`).set(manager).expect(404);
      expect(response.body.message).toMatch(/^No (agency|service) \S+ in what you may see\.$/);
    }
    const backlog = (await http().get('/api/v1/metrics/backlog').set(manager).expect(200)).body as BacklogResponse;
    expect(backlog.byAgency.map((row) => row.agency)).toEqual(['MOI']);
  });

  it('lets central office and leadership read every agency; unknown codes are 404 for them too', async () => {
    for (const role of ['central_office', 'leadership'] as const) {
      await http().get(`${SLA}&agency=MOJ`).set(stack.as(role)).expect(200);
      await http().get(`${SLA}&service=${MOJ_SERVICE}`).set(stack.as(role)).expect(200);
      await http().get(`${SLA}&agency=NOPE`).set(stack.as(role)).expect(404);
      const backlog = (await http().get('/api/v1/metrics/backlog').set(stack.as(role)).expect(200)).body as BacklogResponse;
      expect(backlog.byAgency.map((row) => row.agency)).toEqual(['MOI', 'MOJ']);
    }
    await http().get(`${SLA}&agency=MOI&service=${MOJ_SERVICE}`).set(stack.as('central_office')).expect(404);
  });

  it('names the field and rule of every bad query parameter', async () => {
    const central = stack.as('central_office');
    const bad = await http().get('/api/v1/metrics/sla?from=2026-02-30&to=2026-01-01&interval=fortnight&channel=fax&cycles=some&colour=red').set(central).expect(400);
    expect(bad.body.errors.map((error: { field: string; rule: string }) => `${error.field}:${error.rule}`).sort()).toEqual(
      ['channel:one-of', 'colour:unknown', 'cycles:one-of', 'from:date', 'interval:one-of'].sort(),
    );
    const backwards = await http().get('/api/v1/metrics/volumes?from=2026-02-01&to=2026-01-01&interval=day').set(central).expect(400);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'to', rule: 'not-before-from' })]);
    const satisfaction = await http().get('/api/v1/metrics/satisfaction?from=2026-01-01&to=2026-01-31&interval=day&cycles=all').set(central).expect(400);
    expect(satisfaction.body.errors).toEqual([expect.objectContaining({ field: 'cycles', rule: 'unknown' })]);
    const year = await http().get('/api/v1/scorecard?year=20x6').set(central).expect(400);
    expect(year.body.errors).toEqual([expect.objectContaining({ field: 'year', rule: 'year' })]);
    await http().get('/api/v1/league?from=2026-01-01').set(central).expect(400);
    await http().get('/api/v1/metrics/backlog?agency=moi').set(central).expect(400);
  });

  it('keeps the month rollups equal to the day rollups summed per month, through the worker and a full rebuild', async () => {
    for (const table of ['sla_rollup_month', 'sla_rollup_service_month', 'sla_rollup_channel_month']) {
      const [{ rows }] = await stack.dataSource.query(`SELECT count(*)::int AS rows FROM ${table}`);
      expect(rows).toBeGreaterThan(0);
    }
    for (const check of MONTH_TABLE_CHECKS) expect(await stack.dataSource.query(check)).toEqual([{ n: 0 }]);
    await stack.worker.get(CaseRecompute).rebuildAll(Date.now());
    for (const check of MONTH_TABLE_CHECKS) expect(await stack.dataSource.query(check)).toEqual([{ n: 0 }]);
  });

  it('restores damaged month rollups to the day rollups summed per month with a rebuild', async () => {
    await stack.dataSource.query(`UPDATE sla_rollup_month SET opened = opened + 2, met = met + 1 WHERE (service_id + agency_id) % 2 = 0`);
    await stack.dataSource.query(`DELETE FROM sla_rollup_channel_month WHERE service_id % 3 = 0`);
    await stack.dataSource.query(`UPDATE sla_rollup_service_month SET opened_digital = opened_digital + 1`);
    const damaged = await Promise.all(MONTH_TABLE_CHECKS.map((check) => stack.dataSource.query(check)));
    for (const [{ n }] of damaged) expect(n).toBeGreaterThan(0);
    await stack.worker.get(CaseRecompute).rebuildAll(Date.now());
    for (const check of MONTH_TABLE_CHECKS) expect(await stack.dataSource.query(check)).toEqual([{ n: 0 }]);
  });

  it('is read-only: no write method on the read routes', async () => {
    await http().post('/api/v1/metrics/sla').set(stack.as('central_office')).send({}).expect(404);
    await http().delete('/api/v1/scorecard').set(stack.as('central_office')).expect(404);
  });

  it('documents every read endpoint in the OpenAPI document', async () => {
    const paths = Object.keys((await http().get('/api/docs-json').expect(200)).body.paths as object);
    for (const path of ['sla', 'satisfaction', 'volumes', 'processing-time', 'reopen-rate', 'procedural-delay', 'digitised', 'backlog']) {
      expect(paths).toContain(`/api/v1/metrics/${path}`);
    }
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/scorecard', '/api/v1/league', '/api/v1/matrix', '/api/v1/open-data/monthly']));
  });
});
