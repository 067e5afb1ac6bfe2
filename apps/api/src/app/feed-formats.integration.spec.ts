import { NestExpressApplication } from '@nestjs/platform-express';
import { TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { feedDatabase, SERVICE } from './ingestion-fixture';
import { startApi } from './test-stack';

const opened = (eventId: string, caseId: string, extra: Record<string, unknown> = {}) => ({
  eventId,
  type: 'case.opened',
  caseId,
  serviceCode: SERVICE,
  occurredAt: '2026-01-04T08:00:00+03:00',
  channel: 'web',
  ...extra,
});

describe('the feed body: JSON, NDJSON and CSV; repeats within a request; rejected events kept', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  let key: string;

  beforeAll(async () => {
    ({ database, dataSource, key } = await feedDatabase('feed_formats'));
    api = await startApi({ databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('feed_formats') });
  });

  afterAll(async () => {
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const post = (type: string, body: string) =>
    request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).set('Content-Type', type).send(body);
  const payloadsOf = async (batchId: string): Promise<unknown[]> =>
    (await dataSource.query(`SELECT payload FROM feed_event WHERE batch_id = $1 ORDER BY id`, [batchId])).map((row: { payload: unknown }) => row.payload);

  it('stores a CSV row as the JSON event it stands for: nested columns, integer score, empty cells absent', async () => {
    const csv =
      '\uFEFFeventId,type,caseId,serviceCode,occurredAt,channel,requestingAgency,survey.score,survey.scale,attributes.branch,attributes.note\r\n' +
      `c1,case.opened,CSV-1,${SERVICE},2026-01-04T08:00:00+03:00,counter,MOJ,,,West Bay,"said ""urgent"", twice"\r\n` +
      `c2,survey.submitted,CSV-1,${SERVICE},2026-01-05T08:00:00+03:00,web,,4,csat5,,\r\n` +
      `c3,survey.submitted,CSV-1,${SERVICE},2026-01-05T09:00:00+03:00,web,,4.5,csat5,,\r\n`;
    const response = await post('text/csv; charset=utf-8', csv).expect(202);
    expect(response.body).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(response.body.rejected).toEqual([
      { index: 2, eventId: 'c3', errors: [expect.objectContaining({ field: 'survey.score', rule: 'integer-in-scale' })] },
    ]);
    expect(await payloadsOf(response.body.batchId)).toEqual([
      { ...opened('c1', 'CSV-1', { channel: 'counter', requestingAgency: 'MOJ' }), attributes: { branch: 'West Bay', note: 'said "urgent", twice' } },
      {
        eventId: 'c2',
        type: 'survey.submitted',
        caseId: 'CSV-1',
        serviceCode: SERVICE,
        occurredAt: '2026-01-05T08:00:00+03:00',
        channel: 'web',
        survey: { score: 4, scale: 'csat5' },
      },
    ]);
  });

  it('takes NDJSON line by line: an unreadable line is a rejected event at its index, stored for the agency', async () => {
    const lines = [JSON.stringify(opened('n1', 'ND-1')), '{"eventId": "n2", "type": ', '', JSON.stringify(opened('n3', 'ND-3', { channel: 'fax' }))];
    const response = await post('application/x-ndjson', lines.join('\n')).expect(202);
    expect(response.body.accepted).toBe(1);
    const lineError = { field: '', rule: 'json', message: 'line 2 is not valid JSON: Unexpected end of the input at column 27' };
    expect(response.body.rejected).toEqual([
      { index: 1, eventId: null, errors: [lineError] },
      { index: 2, eventId: 'n3', errors: [expect.objectContaining({ field: 'channel', rule: 'one-of' })] },
    ]);
    const stored = await dataSource.query(
      `SELECT r.batch_id AS "batchId", r.event_index AS "index", r.event_id AS "eventId", r.errors, r.raw
       FROM event_rejection r JOIN agency a ON a.id = r.agency_id WHERE a.code = 'MOI' AND r.batch_id = $1 ORDER BY r.event_index`,
      [response.body.batchId],
    );
    expect(stored).toEqual([
      { batchId: response.body.batchId, index: 1, eventId: null, errors: [lineError], raw: '{"eventId": "n2", "type": ' },
      { batchId: response.body.batchId, index: 2, eventId: 'n3', errors: response.body.rejected[1].errors, raw: opened('n3', 'ND-3', { channel: 'fax' }) },
    ]);
  });

  it('keeps a long rejected event as the start of its JSON text', async () => {
    const huge = { ...opened('big', 'BIG-1', { channel: 'fax' }), attributes: { note: 'x'.repeat(10_000) } };
    const response = await post('application/json', JSON.stringify([huge])).expect(202);
    const [row]: { raw: unknown }[] = await dataSource.query(`SELECT raw FROM event_rejection WHERE batch_id = $1`, [response.body.batchId]);
    expect(row?.raw).toBe(JSON.stringify(huge).slice(0, 4096));
  });

  it('counts an identical copy within one request once, and records a differing copy as a conflict', async () => {
    const first = opened('r1', 'REP-1');
    const differing = { ...first, occurredAt: '2026-01-04T09:00:00+03:00' };
    const sameInstant = { ...first, occurredAt: '2026-01-04T05:00:00Z' };
    const response = await post('application/json', JSON.stringify([first, first, sameInstant, differing])).expect(202);
    expect(response.body).toMatchObject({ accepted: 1, duplicates: 3, rejected: [] });
    const conflicts = await dataSource.query(
      `SELECT c.event_id AS "eventId", c.batch_id AS "batchId", c.payload, f.payload AS kept
       FROM event_conflict c JOIN feed_event f ON f.id = c.kept_event_pk WHERE c.event_id = 'r1'`,
    );
    expect(conflicts).toEqual([{ eventId: 'r1', batchId: response.body.batchId, payload: differing, kept: first }]);
    // Across requests the rule is the same: the first copy is kept, the differing one recorded.
    const later = await post('application/json', JSON.stringify([differing, first])).expect(202);
    expect(later.body).toMatchObject({ accepted: 0, duplicates: 2 });
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM event_conflict WHERE event_id = 'r1'`)).toEqual([{ n: 2 }]);
  });

  it('refuses what it cannot read with a message that says where and what to send', async () => {
    const badJson = await post('application/json', '[\n  {"eventId": "j1"},\n  {"eventId": "j2",}\n]').expect(400);
    expect(badJson.body).toMatchObject({ statusCode: 400, message: "The body is not valid JSON: Expected double-quoted property name at line 3, column 20." });
    const unclosed = await post('text/csv', 'eventId,type\n"e1,case.opened\n').expect(400);
    expect(unclosed.body.message).toBe('A quoted field opened at line 2, column 1 is never closed.');
    const nothing = await post('application/x-ndjson', 'not json\nnor this\n').expect(400);
    expect(nothing.body.message).toBe(
      "No line of the body is valid JSON (line 1 is not valid JSON: Unexpected token 'o' at column 2; line 2 is not valid JSON: Unexpected token 'o' at column 2).",
    );
    const unsupported = await post('application/xml', '<events/>').expect(415);
    expect(unsupported.body.message).toBe('Content-Type "application/xml" is not accepted; send application/json, application/x-ndjson, text/csv (UTF-8).');
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM event_batch`)).toEqual([{ n: 5 }]);
  });
});
