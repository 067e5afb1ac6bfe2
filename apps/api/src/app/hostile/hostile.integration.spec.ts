import { createFeedKey } from '@ws/server-database';
import type { Server } from 'node:net';
import { ReadStack, startReadStack } from '../read-metrics-stack';
import { feedBodyCases } from './feed-body-cases';
import { feedFieldCases } from './feed-field-cases';
import { send } from './hostile-http';
import { OpenApiDocument, readRouteCases } from './read-route-cases';
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

  afterAll(async () => {
    process.stdout.write(`hostile corpus: ${tally.tried} cases tried, ${tally.serverErrors} answered 5xx, ${tally.failures.length} not answered as expected\n`);
    await stack?.close();
  });

  it('answers every malformed feed body and event precisely, keeping the valid part of a batch', async () => {
    const before = tally.failures.length;
    await runCorpus(context, [...feedFieldCases(), ...feedBodyCases()], tally);
    expect(tally.failures.slice(before)).toEqual([]);
  });

  it('answers bad query and path parameters of every read route of the OpenAPI document with a precise 4xx', async () => {
    const document = await send(context.server, { method: 'GET', path: '/api/docs-json' });
    if (document === 'aborted' || document.status !== 200) throw new Error('the API serves no OpenAPI document');
    const [batch]: { id: string }[] = await stack.dataSource.query(`SELECT b.id FROM event_batch b JOIN agency a ON a.id = b.agency_id WHERE a.code = 'MOI' LIMIT 1`);
    const [kpi]: { code: string }[] = await stack.dataSource.query(`SELECT code FROM kpi ORDER BY code LIMIT 1`);
    const caseId = stack.events.MOI[0]?.caseId ?? '';
    const cases = readRouteCases(document.json as OpenApiDocument, { batchId: batch?.id ?? '', kpiCode: kpi?.code ?? '', caseId });
    const before = tally.failures.length;
    await runCorpus(context, cases, tally);
    expect(tally.failures.slice(before)).toEqual([]);
  });
});
