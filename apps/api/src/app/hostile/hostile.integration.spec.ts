import { createFeedKey } from '@ws/server-database';
import type { Server } from 'node:net';
import { ReadStack, startReadStack } from '../read-metrics-stack';
import { adminBodyCases } from './admin-body-cases';
import { csvCells } from './csv-cells';
import { feedBodyCases } from './feed-body-cases';
import { feedFieldCases } from './feed-field-cases';
import { send } from './hostile-http';
import {
  acknowledgementCases,
  FORMULAS,
  FREE_TEXT_SAMPLES,
  injectionCases,
} from './injection-cases';
import {
  KNOWN_ASSESSMENT_DATE,
  OpenApiDocument,
  routeParameterCases,
} from './route-parameter-cases';
import { CorpusContext, CorpusTally, emptyTally, runCorpus } from './run-corpus';

describe('the hostile-input corpus against the real API', () => {
  let stack: ReadStack;
  let context: CorpusContext;
  const tally: CorpusTally = emptyTally();

  beforeAll(async () => {
    stack = await startReadStack('hostile', { feedRateLimitRequests: 100_000 });
    await stack.api.listen(0, '127.0.0.1');
    const feedKey = await createFeedKey(stack.dataSource, 'MOI');
    context = {
      server: stack.api.getHttpServer() as Server,
      dataSource: stack.dataSource,
      authorization: {
        feed: `Bearer ${feedKey}`,
        central_office: stack.as('central_office').Authorization,
        leadership: stack.as('leadership').Authorization,
        agency_manager: stack.as('agency_manager').Authorization,
      },
    };
  });

  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);

  /** A maturity assessment for the routes that name one (the read stack seeds none). */
  async function recordAssessment(agency: string, assessedOn: string): Promise<void> {
    const pillars = ['leadership', 'technology', 'eServices', 'data', 'sdg', 'cybersecurity'];
    const body = JSON.stringify({
      agency,
      assessedOn,
      scores: Object.fromEntries(pillars.map((pillar) => [pillar, 3])),
      evidence: Object.fromEntries(pillars.map((pillar) => [pillar, 'Self-assessment report'])),
    });
    const headers = {
      Authorization: context.authorization.central_office ?? '',
      'Content-Type': 'application/json',
    };
    const answer = await send(context.server, {
      method: 'POST',
      path: '/api/v1/maturity',
      headers,
      body,
    });
    if (answer === 'aborted' || answer.status !== 201)
      throw new Error(
        `could not record the assessment: ${answer === 'aborted' ? answer : answer.text}`,
      );
  }

  afterAll(async () => {
    process.stdout.write(
      `hostile corpus: ${tally.tried} cases tried, ${tally.serverErrors} answered 5xx, ${tally.failures.length} not answered as expected\n`,
    );
    await stack?.close();
  });

  it('answers every malformed feed body and event precisely, keeping the valid part of a batch', async () => {
    const before = tally.failures.length;
    await runCorpus(context, [...feedFieldCases(), ...feedBodyCases()], tally);
    expect(tally.failures.slice(before)).toEqual([]);
  });

  it('answers bad query parameters of every read route and bad path ids of every route of the OpenAPI document with a precise 4xx', async () => {
    const document = await send(context.server, { method: 'GET', path: '/api/docs-json' });
    if (document === 'aborted' || document.status !== 200)
      throw new Error('the API serves no OpenAPI document');
    const [batch]: { id: string }[] = await stack.dataSource.query(
      `SELECT b.id FROM event_batch b JOIN agency a ON a.id = b.agency_id WHERE a.code = 'MOI' LIMIT 1`,
    );
    const [kpi]: { code: string }[] = await stack.dataSource.query(
      `SELECT code FROM kpi ORDER BY code LIMIT 1`,
    );
    const caseId = stack.events.MOI[0]?.caseId ?? '';
    await recordAssessment('MOI', KNOWN_ASSESSMENT_DATE);
    const cases = routeParameterCases(document.json as OpenApiDocument, {
      batchId: batch?.id ?? '',
      kpiCode: kpi?.code ?? '',
      caseId,
    });
    const before = tally.failures.length;
    await runCorpus(context, cases, tally);
    expect(tally.failures.slice(before)).toEqual([]);
  });

  it('answers malformed administration bodies precisely', async () => {
    const before = tally.failures.length;
    await runCorpus(context, adminBodyCases(), tally);
    expect(tally.failures.slice(before)).toEqual([]);
  });

  it('keeps SQL and formula text in free-text fields as the text it is', async () => {
    const before = tally.failures.length;
    await runCorpus(context, injectionCases(), tally);
    expect(tally.failures.slice(before)).toEqual([]);
    const agencies: { nameEn: string; nameAr: string }[] = await stack.dataSource.query(
      `SELECT name_en AS "nameEn", name_ar AS "nameAr" FROM agency WHERE code LIKE 'INJ-%' ORDER BY id`,
    );
    expect(agencies.map((agency) => agency.nameEn)).toEqual(
      FREE_TEXT_SAMPLES.map((text) => text.trim()),
    );
    const [tables]: { n: number }[] = await stack.dataSource.query(
      `SELECT count(*)::int AS n FROM feed_event`,
    );
    expect(tables?.n).toBeGreaterThan(1000);
  });

  it('writes every formula of a CSV export as text, with the UTF-8 BOM', async () => {
    const events = FORMULAS.map((formula) => ({
      eventId: formula,
      type: 'case.lost',
      caseId: formula,
    }));
    const feed = await send(context.server, {
      method: 'POST',
      path: '/api/v1/events',
      headers: {
        Authorization: context.authorization.feed ?? '',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(events),
    });
    expect(feed !== 'aborted' && feed.status).toBe(202);
    const csv = await send(context.server, {
      method: 'GET',
      path: '/api/v1/agencies/MOI/anomalies?kind=rejected&pageSize=1000&format=csv',
      headers: { Authorization: context.authorization.central_office ?? '' },
    });
    if (csv === 'aborted') throw new Error('no answer');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const cells = csvCells(csv.text).flat();
    // An eventId with a tab or CR is no eventId (rule printable): those two are in the raw JSON cell only.
    for (const formula of FORMULAS.filter((text) => !/^[\t\r]/.test(text)))
      expect(cells).toContain(`'${formula}`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('keeps SQL and formulas in breach notes as text, and the breach review CSV writes them as text', async () => {
    const cycles: { caseId: string; cycle: number }[] = await stack.dataSource.query(
      `SELECT sc.case_id AS "caseId", c.cycle FROM sla_cycle c JOIN sla_case sc ON sc.id = c.case_pk JOIN agency a ON a.id = sc.agency_id
       WHERE a.code = 'MOI' AND c.status = 'breached_open' ORDER BY sc.case_id LIMIT $1`,
      [FREE_TEXT_SAMPLES.length],
    );
    expect(cycles).toHaveLength(FREE_TEXT_SAMPLES.length);
    const before = tally.failures.length;
    await runCorpus(context, acknowledgementCases(cycles), tally);
    expect(tally.failures.slice(before)).toEqual([]);
    const notes: { note: string }[] = await stack.dataSource.query(
      `SELECT note FROM breach_acknowledgement ORDER BY acknowledged_at, note`,
    );
    expect(notes.map((row) => row.note).sort()).toEqual(
      FREE_TEXT_SAMPLES.map((text) => text.trim()).sort(),
    );
    const cells: string[] = [];
    for (let page = 1; page <= 10; page += 1) {
      const path = `/api/v1/review/breaches?status=open_breach&agency=MOI&pageSize=200&page=${page}&format=csv`;
      const csv = await send(context.server, {
        method: 'GET',
        path,
        headers: { Authorization: context.authorization.central_office ?? '' },
      });
      if (csv === 'aborted') throw new Error('no answer');
      const rows = csvCells(csv.text);
      if (rows.length <= 1) break;
      cells.push(...rows.flat());
    }
    for (const formula of FORMULAS) expect(cells).toContain(`'${formula.trim()}`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('leaves Object.prototype as it was', () => {
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
