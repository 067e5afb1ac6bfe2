import { UTF8_BOM } from '@ws/server-http-csv';
import request from 'supertest';
import { FeedEvent } from './ingestion-fixture';
import { ago, HOUR, ReviewStack, startReviewStack } from './review-fixture';

/** More than one cursor batch (1,000 rows) and more than six pages of the largest page size (200). */
const OPEN_BREACHES = 1_234;
const EXPORT = '/api/v1/review/breaches/export';

const openedLongAgo = (n: number): FeedEvent => ({
  eventId: `EXP-${n}-open`,
  type: 'case.opened',
  caseId: `EXP-${String(n).padStart(5, '0')}`,
  serviceCode: 'MOJ-HOUR',
  occurredAt: ago(5 * HOUR + n * 1000),
  channel: 'web',
});

function csvLines(text: string): string[] {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const lines = text.slice(UTF8_BOM.length).split('\r\n');
  expect(lines.pop()).toBe('');
  return lines;
}

describe('the full CSV export of the breach review list', () => {
  let stack: ReviewStack;
  const http = () => request(stack.api.getHttpServer());

  beforeAll(async () => {
    stack = await startReviewStack('review-export');
    await stack.post(
      'MOJ',
      Array.from({ length: OPEN_BREACHES }, (_, n) => openedLongAgo(n)),
    );
  }, 180_000);

  afterAll(() => stack?.close());

  it('holds every row of the filters, in the list order, where the JSON list holds one page', async () => {
    const query = { agency: 'MOJ', status: 'open_breach', sort: 'breachedAt' };
    const pages: string[] = [];
    for (let page = 1; pages.length < OPEN_BREACHES; page += 1) {
      const body = (
        await http()
          .get('/api/v1/review/breaches')
          .query({ ...query, page, pageSize: 200 })
          .set('Authorization', `Bearer ${stack.tokens.central_office}`)
          .expect(200)
      ).body;
      expect(body.total).toBe(OPEN_BREACHES);
      pages.push(...body.items.map((item: { caseId: string }) => item.caseId));
    }
    const response = await http()
      .get(EXPORT)
      .query(query)
      .set('Authorization', `Bearer ${stack.tokens.central_office}`)
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="breach-review-open_breach.csv"',
    );
    expect(response.headers['x-total-count']).toBe(String(OPEN_BREACHES));
    const [header, ...rows] = csvLines(response.text);
    expect(header?.split(',').slice(0, 4)).toEqual(['category', 'agency', 'caseId', 'cycle']);
    expect(rows).toHaveLength(OPEN_BREACHES);
    expect(rows.map((row) => row.split(',')[2])).toEqual(pages);
    expect(new Set(rows.map((row) => row.split(',')[0]))).toEqual(new Set(['open_breach']));
  });

  it('answers HEAD with the row count and no body, as the GET would', async () => {
    const head = await http()
      .head(EXPORT)
      .query({ status: 'open_breach' })
      .set('Authorization', `Bearer ${stack.tokens.manager_b}`)
      .expect(200);
    expect(head.headers['x-total-count']).toBe(String(OPEN_BREACHES));
    expect(head.text ?? '').toBe('');
    const other = await http()
      .head(EXPORT)
      .query({ status: 'at_risk', agency: 'MOJ' })
      .set('Authorization', `Bearer ${stack.tokens.central_office}`)
      .expect(200);
    expect(other.headers['x-total-count']).toBe('0');
  });

  it('keeps the agency scope and checks its parameters', async () => {
    await http()
      .get(EXPORT)
      .query({ agency: 'MOJ' })
      .set('Authorization', `Bearer ${stack.tokens.manager_a}`)
      .expect(403);
    const own = await http()
      .get(EXPORT)
      .set('Authorization', `Bearer ${stack.tokens.manager_a}`)
      .expect(200);
    expect(own.text).not.toContain('EXP-');
    expect(
      csvLines(own.text)
        .slice(1)
        .every((row) => row.includes(',MOI,')),
    ).toBe(true);
    for (const [query, field, rule] of [
      [{ page: 2 }, 'page', 'unknown'],
      [{ format: 'json' }, 'format', 'one-of'],
    ] as const) {
      const bad = await http()
        .get(EXPORT)
        .query(query)
        .set('Authorization', `Bearer ${stack.tokens.central_office}`)
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field, rule })]);
    }
    await http().get(EXPORT).expect(401);
  });

  it('gives every ?format=csv answer its row count, also to HEAD', async () => {
    const page = await http()
      .get('/api/v1/review/breaches')
      .query({ agency: 'MOJ', pageSize: 7, format: 'csv' })
      .set('Authorization', `Bearer ${stack.tokens.central_office}`)
      .expect(200);
    expect(page.headers['x-total-count']).toBe('7');
    expect(csvLines(page.text)).toHaveLength(8);
    const league = await http()
      .head('/api/v1/league')
      .query({ from: '2026-01-01', to: '2026-12-31', format: 'csv' })
      .set('Authorization', `Bearer ${stack.tokens.leadership}`)
      .expect(200);
    expect(Number(league.headers['x-total-count'])).toBeGreaterThan(0);
  });
});
