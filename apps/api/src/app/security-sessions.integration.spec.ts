import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CENTRAL, MANAGER, SecurityStack, startSecurityStack } from './security-stack';

const ROOT = join(__dirname, '../../../..');
const run = promisify(execFile);

describe('security headers, session expiry and sign-out', () => {
  let stack: SecurityStack;

  beforeAll(async () => {
    stack = await startSecurityStack('security_sessions');
  });

  afterAll(() => stack?.close());

  it("sends helmet's headers and a locked-down policy on API answers", async () => {
    const response = await stack.http().get('/api/v1/health').expect(200);
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none';frame-ancestors 'none';base-uri 'self';form-action 'self';object-src 'none'",
    );
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'cache-control': 'no-store',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('ends a session after the idle timeout, and keeps an active one alive', async () => {
    const auth = await stack.signIn(MANAGER);
    await stack.http().get('/api/v1/auth/me').set(auth).expect(200);
    const tokenHash = `encode(sha256(convert_to($1, 'UTF8')), 'hex')`;
    const token = auth.Authorization.slice('Bearer '.length);
    await stack.dataSource.query(
      `UPDATE user_session SET last_seen_at = now() - interval '29 minutes' WHERE token_hash = ${tokenHash}`,
      [token],
    );
    await stack.http().get('/api/v1/auth/me').set(auth).expect(200);
    const [touched]: { idle: boolean }[] = await stack.dataSource.query(
      `SELECT last_seen_at > now() - interval '1 minute' AS idle FROM user_session WHERE token_hash = ${tokenHash}`,
      [token],
    );
    expect(touched?.idle).toBe(true);
    await stack.dataSource.query(
      `UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = ${tokenHash}`,
      [token],
    );
    const expired = await stack.http().get('/api/v1/auth/me').set(auth).expect(401);
    expect(expired.body).toEqual({
      statusCode: 401,
      error: 'UNAUTHORIZED',
      message: 'The session is unknown or expired; sign in again.',
    });
  });

  it('ends a session at its absolute lifetime however active it is', async () => {
    const signedIn = await stack.login(MANAGER).expect(200);
    const hours = (Date.parse(signedIn.body.expiresAt as string) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const auth = { Authorization: `Bearer ${signedIn.body.token as string}` };
    await stack.dataSource.query(
      `UPDATE user_session SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [MANAGER],
    );
    await stack.http().get('/api/v1/auth/me').set(auth).expect(401);
  });

  it('ends the session at sign-out', async () => {
    const auth = await stack.signIn(CENTRAL);
    await stack.http().post('/api/v1/auth/logout').set(auth).expect(204);
    await stack.http().get('/api/v1/users').set(auth).expect(401);
  });

  it('applies the password policy to a password set with tools/admin/user.ts', async () => {
    const create = (email: string, password: string) =>
      run(
        '/usr/bin/env',
        [
          `DATABASE_URL=${stack.database.url}`,
          `PASSWORD=${password}`,
          '/bin/sh',
          '-c',
          `printf '%s' "$PASSWORD" | npx tsx tools/admin/user.ts create --email ${email} --role leadership --password-stdin`,
        ],
        { cwd: ROOT },
      );
    await expect(create('lead@security.test', 'qwerty123456')).rejects.toMatchObject({
      stderr: expect.stringContaining('password is on the list of common or breached passwords'),
    });
    await expect(create('lead@security.test', 'lead@security.test-2030')).rejects.toMatchObject({
      stderr: expect.stringContaining('must not contain the e-mail address'),
    });
    await expect(create('lead@security.test', 'short pass')).rejects.toMatchObject({
      stderr: expect.stringContaining('must have 12 to 128 characters'),
    });
    await create('lead@security.test', 'amber river under the quiet moon');
    await stack.login('lead@security.test', 'amber river under the quiet moon').expect(200);
  });
});
