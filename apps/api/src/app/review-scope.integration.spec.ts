import request from 'supertest';
import { QUERY_VALUES } from './access-matrix';
import { agencyACases, agencyBCases, B_CASE_IDS } from './review-cases';
import { ReviewStack, startReviewStack } from './review-fixture';

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  example?: unknown;
  schema?: { enum?: unknown[]; example?: unknown };
}
type OpenApiDocument = { paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>> };

/** Agency B's case-level data that agency A's manager must never see. */
const B_SECRETS = [...B_CASE_IDS, 'ZZB-SECRET-ORPHAN'];
const AGENCY_PARAMETERS = /agency|provider|requester|owner/i;


describe('an agency manager never sees another agency\'s case-level data, on any GET route', () => {
  let stack: ReviewStack;
  const pathValues: Record<string, string> = { agency: 'MOJ', caseId: B_CASE_IDS[0] as string, cycle: '1', code: 'MOJ' };

  beforeAll(async () => {
    stack = await startReviewStack('review-scope');
    await stack.post('MOI', agencyACases());
    await stack.post('MOJ', [
      ...agencyBCases(),
      { eventId: 'ZZB-SECRET-ORPHAN-r', type: 'case.resolved', caseId: 'ZZB-SECRET-ORPHAN', serviceCode: 'MOJ-HOUR', occurredAt: '2026-01-06T08:00:00+03:00' },
    ]);
    const [batch]: { id: string }[] = await stack.dataSource.query(`SELECT b.id FROM event_batch b JOIN agency a ON a.id = b.agency_id WHERE a.code = 'MOJ'`);
    pathValues['batchId'] = batch?.id as string;
  });

  afterAll(() => stack?.close());

  function queryFor(parameters: OpenApiParameter[], withAgencies: boolean): Record<string, string> {
    // Undocumented filters are tried too: `agency` is the common one.
    const query: Record<string, string> = withAgencies ? { agency: 'MOJ' } : {};
    for (const parameter of parameters.filter((candidate) => candidate.in === 'query')) {
      const example = parameter.example ?? parameter.schema?.example ?? parameter.schema?.enum?.[0];
      if (AGENCY_PARAMETERS.test(parameter.name) && (withAgencies || parameter.required)) query[parameter.name] = 'MOJ';
      else if (parameter.required) query[parameter.name] = QUERY_VALUES[parameter.name] ?? String(example ?? 'MOJ');
    }
    return query;
  }

  it('walks every GET route of the OpenAPI document as agency A\'s manager, with agency B everywhere', async () => {
    const document: OpenApiDocument = (await request(stack.api.getHttpServer()).get('/api/docs-json').expect(200)).body;
    const routes = Object.entries(document.paths).filter(([, operations]) => operations['get']);
    expect(routes.length).toBeGreaterThan(20);
    // The routes this suite exists for are in the walk.
    expect(routes.map(([path]) => path)).toEqual(expect.arrayContaining(['/api/v1/agencies/{agency}/cases/{caseId}', '/api/v1/review/breaches', '/api/v1/notifications']));
    const seen: string[] = [];
    for (const [path, operations] of routes) {
      const parameters = operations['get']?.parameters ?? [];
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathValues[name] ?? 'MOJ'));
      for (const withAgencies of [false, true]) {
        for (const format of [undefined, 'csv']) {
          const query = { ...queryFor(parameters, withAgencies), ...(format ? { format } : {}) };
          const response = await request(stack.api.getHttpServer()).get(url).query(query).set('Authorization', `Bearer ${stack.tokens.manager_a}`);
          const body = response.text ?? '';
          seen.push(`${response.status} ${url}?${new URLSearchParams(query).toString()}`);
          expect({ url, query, status: response.status < 500 }).toEqual({ url, query, status: true });
          for (const secret of B_SECRETS) expect({ url, query, leaks: body.includes(secret) }).toEqual({ url, query, leaks: false });
        }
      }
    }
    // The same walk as the central office does see agency B's cases: the secrets are findable.
    const central = await request(stack.api.getHttpServer())
      .get(`/api/v1/agencies/MOJ/cases/${B_CASE_IDS[0]}`)
      .set('Authorization', `Bearer ${stack.tokens.central_office}`)
      .expect(200);
    expect(central.text).toContain(B_CASE_IDS[0]);
    const breaches = await request(stack.api.getHttpServer()).get('/api/v1/review/breaches?agency=MOJ').set('Authorization', `Bearer ${stack.tokens.central_office}`).expect(200);
    expect(breaches.text).toContain('ZZB-SECRET-OPEN');
    expect(seen.length).toBe(routes.length * 4);
  });
});
