import { RouteAccess, SessionStore } from '@ws/server-access';
import request from 'supertest';
import {
  Caller,
  CALLERS,
  keepsPromise,
  matrixTable,
  MatrixOperation,
  promisedOutcome,
  QUERY_VALUES,
} from './access-matrix';
import { agencyACases, agencyBCases, B_CASE_IDS } from './review-cases';
import { ReviewStack, startReviewStack } from './review-fixture';

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, unknown>;
  'x-access'?: RouteAccess;
}
type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

const METHOD_ORDER = ['get', 'put', 'patch', 'post', 'delete'];
const LOGOUT = '/api/v1/auth/logout';

/** Agency A (MOI) and agency B (MOJ): the values each caller's requests name. */
interface Side {
  agency: string;
  service: string;
  caseId: string;
  batchId: string;
}

describe('the route x role matrix, walked from the OpenAPI document of the running API', () => {
  let stack: ReviewStack;
  const sides = {} as Record<'A' | 'B', Side>;
  let feedKeyId = '';

  beforeAll(async () => {
    stack = await startReviewStack('access-matrix');
    await stack.post('MOI', agencyACases());
    await stack.post('MOJ', agencyBCases());
    const batches: { id: string; code: string }[] = await stack.dataSource.query(
      `SELECT b.id, a.code FROM event_batch b JOIN agency a ON a.id = b.agency_id`,
    );
    const batchOf = (code: string) => batches.find((batch) => batch.code === code)?.id ?? '';
    sides.A = { agency: 'MOI', service: 'MOI-RP-RENEW', caseId: 'A-MET', batchId: batchOf('MOI') };
    sides.B = {
      agency: 'MOJ',
      service: 'MOJ-HOUR',
      caseId: B_CASE_IDS[0] as string,
      batchId: batchOf('MOJ'),
    };
    const [key]: { id: number }[] = await stack.dataSource.query(
      `SELECT id FROM feed_key ORDER BY id LIMIT 1`,
    );
    feedKeyId = String(key?.id);
  });

  afterAll(() => stack?.close());

  function pathValue(path: string, name: string, side: Side): string {
    const resource = path.split('/')[3];
    const byName: Record<string, string> = {
      agency: side.agency,
      caseId: side.caseId,
      cycle: '1',
      batchId: side.batchId,
      id: feedKeyId,
      email: 'leadership@review.test',
      reason: 'no-such-restatement',
      date: '2026-12-18',
      assessedOn: '2025-06-30',
      code:
        resource === 'agencies'
          ? side.agency
          : resource === 'services'
            ? side.service
            : resource === 'calendars'
              ? 'QA-GOV'
              : 'NO-SUCH-CODE',
    };
    return encodeURIComponent(byName[name] ?? 'unknown');
  }

  function queryFor(operation: OpenApiOperation, side: Side): Record<string, string> {
    const query: Record<string, string> = {};
    for (const parameter of (operation.parameters ?? []).filter(
      (candidate) => candidate.in === 'query',
    )) {
      if (/^(agency|requestingAgency)$/.test(parameter.name)) query[parameter.name] = side.agency;
      else if (parameter.name === 'service') query[parameter.name] = side.service;
      else if (parameter.required)
        query[parameter.name] = QUERY_VALUES[parameter.name] ?? 'unknown';
    }
    return query;
  }

  function tokenOf(caller: Caller): string | null {
    if (caller === 'no token') return null;
    if (caller === 'manager A on A' || caller === 'manager A on B') return stack.tokens.manager_a;
    return stack.tokens[caller];
  }

  /** A session of its own for signing out, so that one caller's sign-out never ends another's session. */
  async function freshTokenOf(caller: Caller): Promise<string | null> {
    if (caller === 'no token') return null;
    const email =
      caller === 'leadership'
        ? 'leadership@review.test'
        : caller === 'central_office'
          ? 'central-office@review.test'
          : 'manager-a@review.test';
    const [user]: { id: number }[] = await stack.dataSource.query(
      `SELECT id FROM app_user WHERE email = $1`,
      [email],
    );
    return (await stack.api.get(SessionStore).open(user?.id ?? 0, Date.now())).token;
  }

  it('answers every route, for every caller, as the document says', async () => {
    const openApi: OpenApiDocument = (
      await request(stack.api.getHttpServer()).get('/api/docs-json').expect(200)
    ).body;
    const operations: (MatrixOperation & { operation: OpenApiOperation })[] = [];
    for (const [path, item] of Object.entries(openApi.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const access = operation['x-access'];
        expect({ route: `${method} ${path}`, documentsAccess: access !== undefined }).toEqual({
          route: `${method} ${path}`,
          documentsAccess: true,
        });
        operations.push({
          method,
          path,
          access: access as RouteAccess,
          documented: Object.keys(operation.responses).map(Number),
          operation,
        });
      }
    }
    // Writes after reads, deletions last, and signing out only once every other call was made.
    const rank = (entry: MatrixOperation) =>
      entry.path === LOGOUT ? 99 : METHOD_ORDER.indexOf(entry.method);
    operations.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
    const cells = new Map<string, Record<Caller, string>>();
    const broken: string[] = [];
    const calls = [
      ...CALLERS.flatMap((caller) =>
        operations.filter((entry) => entry.path !== LOGOUT).map((entry) => ({ entry, caller })),
      ),
      ...CALLERS.flatMap((caller) =>
        operations.filter((entry) => entry.path === LOGOUT).map((entry) => ({ entry, caller })),
      ),
    ];
    for (const { entry, caller } of calls) {
      const side = caller === 'manager A on B' ? sides.B : sides.A;
      const url = entry.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        pathValue(entry.path, name, side),
      );
      let call = request(stack.api.getHttpServer())
        [entry.method as 'get'](url)
        .query(queryFor(entry.operation, side));
      const token = entry.path === LOGOUT ? await freshTokenOf(caller) : tokenOf(caller);
      if (token) call = call.set('Authorization', `Bearer ${token}`);
      if (entry.method !== 'get' && entry.method !== 'delete') call = call.send({});
      const response = await call;
      const promise = promisedOutcome(entry, caller);
      const route = `${entry.method.toUpperCase()} ${entry.path}`;
      const row = cells.get(route) ?? ({} as Record<Caller, string>);
      const kept = keepsPromise(entry, promise, response.status);
      row[caller] = `${response.status}${kept ? '' : ` (want ${promise})`}`;
      cells.set(route, row);
      if (!kept)
        broken.push(
          `${route} as ${caller}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}; documented ${entry.documented.join(',')}, want ${promise}`,
        );
    }
    const rows = [...cells.entries()]
      .map(([route, row]) => ({ route, cells: row }))
      .sort((a, b) => a.route.localeCompare(b.route));
    process.stdout.write(
      `\n${matrixTable(rows)}\n\naccess matrix: ${rows.length} routes x ${CALLERS.length} callers = ${calls.length} calls, ${broken.length} broken\n`,
    );
    expect(broken).toEqual([]);
    expect(rows.length).toBeGreaterThan(50);
    expect(calls.length).toBe(rows.length * CALLERS.length);
  });
});
