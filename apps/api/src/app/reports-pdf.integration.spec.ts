import request from 'supertest';
import { ReviewStack, startReviewStack } from './review-fixture';

const PDF = '/api/v1/reports/monthly.pdf';

/** The PDF route's checks; the rendering itself, by the real Chromium, is the browser test `report.e2e.ts`. */
describe('GET /reports/monthly.pdf without a working Chromium', () => {
  let stack: ReviewStack;
  const http = () => request(stack.api.getHttpServer());

  beforeAll(async () => {
    stack = await startReviewStack('reports-pdf', { chromiumPath: '/nonexistent/chromium' });
  });

  afterAll(() => stack?.close());

  it('answers a clear 503 with Retry-After when Chromium cannot start, never a 500', async () => {
    for (const [token, query] of [
      [stack.tokens.leadership, { month: '2026-01' }],
      [stack.tokens.manager_a, { month: '2026-01', agency: 'MOI', lang: 'en' }],
    ] as const) {
      const response = await http()
        .get(PDF)
        .query(query)
        .set('Authorization', `Bearer ${token}`)
        .expect(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body.message).toBe(
        'PDF rendering is unavailable: Chromium could not be started on the server.',
      );
    }
  });

  it('names each bad parameter and rule', async () => {
    const response = await http()
      .get(PDF)
      .query({ month: '2026-13', lang: 'fr', year: 2026 })
      .set('Authorization', `Bearer ${stack.tokens.central_office}`)
      .expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'month', rule: 'month' }),
        expect.objectContaining({ field: 'lang', rule: 'one-of' }),
        expect.objectContaining({ field: 'year', rule: 'unknown' }),
      ]),
    );
    const future = await http()
      .get(PDF)
      .query({ month: '2999-01' })
      .set('Authorization', `Bearer ${stack.tokens.central_office}`)
      .expect(400);
    expect(future.body.errors).toEqual([
      expect.objectContaining({ field: 'month', rule: 'range' }),
    ]);
  });

  it("gives an agency manager their own entity's report only, and nobody an unknown entity's", async () => {
    await http()
      .get(PDF)
      .query({ month: '2026-01' })
      .set('Authorization', `Bearer ${stack.tokens.manager_a}`)
      .expect(404);
    await http()
      .get(PDF)
      .query({ month: '2026-01', agency: 'MOJ' })
      .set('Authorization', `Bearer ${stack.tokens.manager_a}`)
      .expect(404);
    await http()
      .get(PDF)
      .query({ month: '2026-01', agency: 'ZZZ' })
      .set('Authorization', `Bearer ${stack.tokens.leadership}`)
      .expect(404);
    await http().get(PDF).query({ month: '2026-01' }).expect(401);
  });
});
