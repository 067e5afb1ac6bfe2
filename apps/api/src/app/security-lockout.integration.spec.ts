import request from 'supertest';
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS } from '@ws/server-auth';
import { CENTRAL, MANAGER, SecurityStack, startSecurityStack } from './security-stack';

const WRONG = 'not the right password at all';

describe('lockout after failed sign-ins, per account and per address, shared by API processes', () => {
  let stack: SecurityStack;

  beforeEach(async () => {
    stack = await startSecurityStack('security_lockout');
  });

  afterEach(() => stack?.close());

  it('answers an unknown account exactly as a wrong password, and locks both after the same failures', async () => {
    const other = request((await stack.secondApi()).getHttpServer());
    for (let attempt = 1; attempt <= FAILURES_PER_ACCOUNT; attempt++) {
      const wrong = await stack.login(MANAGER, WRONG).expect(401);
      const unknown = await stack.login('nobody@security.test', WRONG).expect(401);
      expect(unknown.body).toEqual(wrong.body);
      expect(wrong.body).toEqual({
        statusCode: 401,
        error: 'UNAUTHORIZED',
        message: 'Wrong email or password.',
      });
    }
    // The second API process sees the lockout the first one counted (Redis), even with the right password.
    const locked = await other
      .post('/api/v1/auth/login')
      .send({ email: MANAGER, password: stack.passwords[MANAGER] })
      .expect(429);
    const lockedUnknown = await other
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@security.test', password: WRONG })
      .expect(429);
    expect(locked.body).toEqual({
      ...lockedUnknown.body,
      message: expect.stringMatching(
        /^Too many failed sign-ins; wait \d+ s \(Retry-After\) before trying again\.$/,
      ),
    });
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another account from the same address is not locked by these.
    await stack.login(CENTRAL).expect(200);
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    for (let attempt = 1; attempt < FAILURES_PER_ACCOUNT; attempt++)
      await stack.login(MANAGER, WRONG).expect(401);
    await stack.login(MANAGER).expect(200);
    for (let attempt = 1; attempt < FAILURES_PER_ACCOUNT; attempt++)
      await stack.login(MANAGER, WRONG).expect(401);
    await stack.login(MANAGER).expect(200);
  });

  it('locks a client address that fails across many accounts', async () => {
    for (let attempt = 1; attempt <= FAILURES_PER_ADDRESS; attempt++) {
      await stack.login(`guess-${attempt}@security.test`, WRONG).expect(401);
    }
    const locked = await stack.login(CENTRAL).expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });
});
