import { DENIAL_ROWS_PER_MINUTE, DenialAudit, UserRequest } from '@ws/server-access';
import { SecurityStack, startSecurityStack } from './security-stack';

describe('the audit of denials cannot flood the database', () => {
  let stack: SecurityStack;

  beforeAll(async () => {
    stack = await startSecurityStack('denial_audit');
  });

  afterAll(() => stack?.close());

  it(`writes at most ${DENIAL_ROWS_PER_MINUTE} denial rows a minute, however many distinct denials come`, async () => {
    const denials = stack.api.get(DenialAudit);
    const distinct = DENIAL_ROWS_PER_MINUTE + 40;
    for (let route = 0; route < distinct; route++) {
      const request = {
        method: 'GET',
        path: `/api/v1/probe-${route}`,
        baseUrl: '',
        ip: '203.0.113.7',
      } as UserRequest;
      await denials.record(request, 401, 'Sign in.');
    }
    const perMinute: { rows: number }[] = await stack.dataSource.query(
      `SELECT count(*)::int AS rows FROM audit_log WHERE entity = 'access' GROUP BY date_trunc('minute', at)`,
    );
    const total = perMinute.reduce((sum, minute) => sum + minute.rows, 0);
    expect(total).toBeGreaterThanOrEqual(DENIAL_ROWS_PER_MINUTE);
    for (const minute of perMinute) expect(minute.rows).toBeLessThanOrEqual(DENIAL_ROWS_PER_MINUTE);
  });
});
