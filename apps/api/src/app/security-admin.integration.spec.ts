import { eventually } from '@ws/server-testing';
import { randomUUID } from 'node:crypto';
import { CENTRAL, MANAGER, SecurityStack, startSecurityStack } from './security-stack';

interface AuditRow {
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('user deactivation, feed-key rotation and the audit of denials', () => {
  let stack: SecurityStack;
  let central: { Authorization: string };

  beforeAll(async () => {
    stack = await startSecurityStack('security_admin');
    central = await stack.signIn(CENTRAL);
  });

  afterAll(() => stack?.close());

  const audit = (entity: string, key?: string): Promise<AuditRow[]> =>
    stack.dataSource.query(
      `SELECT actor, action, entity, entity_key AS "entityKey", before, after FROM audit_log WHERE entity = $1 AND ($2::text IS NULL OR entity_key = $2) ORDER BY id`,
      [entity, key ?? null],
    );

  it('deactivates a user, ending its sessions at once, and reactivates it; audited, central office only', async () => {
    const manager = await stack.signIn(MANAGER);
    await stack.http().get('/api/v1/auth/me').set(manager).expect(200);
    await stack
      .http()
      .patch(`/api/v1/users/${MANAGER}`)
      .set(manager)
      .send({ active: false })
      .expect(403);

    const off = await stack
      .http()
      .patch(`/api/v1/users/${MANAGER}`)
      .set(central)
      .send({ active: false })
      .expect(200);
    expect(off.body).toEqual({
      email: MANAGER,
      role: 'agency_manager',
      agency: 'MOI',
      active: false,
    });
    await stack.http().get('/api/v1/auth/me').set(manager).expect(401);
    const refused = await stack.login(MANAGER).expect(401);
    expect(refused.body.message).toBe('Wrong email or password.');

    await stack
      .http()
      .patch(`/api/v1/users/${MANAGER}`)
      .set(central)
      .send({ active: true })
      .expect(200);
    await stack.login(MANAGER).expect(200);
    expect(await audit('user', MANAGER)).toEqual([
      expect.objectContaining({ action: 'create' }),
      {
        actor: `user:${CENTRAL}`,
        action: 'deactivate',
        entity: 'user',
        entityKey: MANAGER,
        before: { active: true },
        after: { active: false, sessionsEnded: 1 },
      },
      {
        actor: `user:${CENTRAL}`,
        action: 'reactivate',
        entity: 'user',
        entityKey: MANAGER,
        before: { active: false },
        after: { active: true, sessionsEnded: 0 },
      },
    ]);
  });

  it('refuses a bad body, an unknown user, and deactivating oneself', async () => {
    const bad = await stack
      .http()
      .patch(`/api/v1/users/${MANAGER}`)
      .set(central)
      .send({ active: 'no' })
      .expect(400);
    expect(bad.body.errors).toEqual([
      { field: 'active', rule: 'boolean', message: 'active must be true or false' },
    ]);
    await stack
      .http()
      .patch('/api/v1/users/nobody@security.test')
      .set(central)
      .send({ active: false })
      .expect(404);
    await stack
      .http()
      .patch(`/api/v1/users/${CENTRAL}`)
      .set(central)
      .send({ active: false })
      .expect(409);
  });

  it('rotates a feed key: both keys work during the overlap, the old one is refused after it', async () => {
    const created = await stack
      .http()
      .post('/api/v1/feed-keys')
      .set(central)
      .send({ agency: 'MOI', label: 'case system' })
      .expect(201);
    const oldKey = created.body.key as string;
    const [{ id: oldId }]: { id: number }[] = await stack.dataSource.query(
      `SELECT id FROM feed_key ORDER BY id DESC LIMIT 1`,
    );
    // An authenticated feed call for a batch that does not exist: 404 when the key is accepted, 401 when refused.
    const probe = (key: string) =>
      stack.http().get(`/api/v1/batches/${randomUUID()}`).set('Authorization', `Bearer ${key}`);

    const out = await stack
      .http()
      .post(`/api/v1/feed-keys/${oldId}/rotate`)
      .set(central)
      .send({ overlapHours: 2 })
      .expect(201);
    const rotated = out.body as {
      key: string;
      id: number;
      agency: string;
      replaces: number;
      oldKeyValidUntil: string;
    };
    expect(rotated).toMatchObject({
      agency: 'MOI',
      replaces: oldId,
      keyPrefix: rotated.key.slice(0, 10),
    });
    const overlapHours = (Date.parse(rotated.oldKeyValidUntil) - Date.now()) / 3_600_000;
    expect(overlapHours).toBeGreaterThan(1.9);
    expect(overlapHours).toBeLessThanOrEqual(2);
    await probe(oldKey).expect(404);
    await probe(rotated.key).expect(404);
    const listed = (await stack.http().get('/api/v1/feed-keys').set(central).expect(200)).body as {
      id: number;
      expiresAt: string | null;
      label: string;
    }[];
    expect(listed.find((key) => key.id === oldId)?.expiresAt).not.toBeNull();
    expect(listed.find((key) => key.id === rotated.id)).toMatchObject({
      expiresAt: null,
      label: 'case system',
    });

    await stack.http().post(`/api/v1/feed-keys/${oldId}/rotate`).set(central).send({}).expect(409);
    await stack.dataSource.query(
      `UPDATE feed_key SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [oldId],
    );
    await probe(oldKey).expect(401);
    await probe(rotated.key).expect(404);

    const [entry] = await audit('feed-key', String(oldId)).then((rows) =>
      rows.filter((row) => row.action === 'rotate'),
    );
    expect(entry).toMatchObject({
      actor: `user:${CENTRAL}`,
      after: { overlapHours: 2, replacedBy: rotated.id, validUntil: rotated.oldKeyValidUntil },
    });
    expect(JSON.stringify(entry)).not.toContain(rotated.key);
  });

  it('bounds the overlap (1 to 168 hours, 24 by default)', async () => {
    const created = await stack
      .http()
      .post('/api/v1/feed-keys')
      .set(central)
      .send({ agency: 'MOJ' })
      .expect(201);
    const [{ id }]: { id: number }[] = await stack.dataSource.query(
      `SELECT id FROM feed_key ORDER BY id DESC LIMIT 1`,
    );
    for (const overlapHours of [0, 169, 1.5]) {
      const bad = await stack
        .http()
        .post(`/api/v1/feed-keys/${id}/rotate`)
        .set(central)
        .send({ overlapHours })
        .expect(400);
      expect(bad.body.errors).toEqual([
        expect.objectContaining({ field: 'overlapHours', rule: 'range' }),
      ]);
    }
    const rotated = await stack
      .http()
      .post(`/api/v1/feed-keys/${id}/rotate`)
      .set(central)
      .expect(201);
    const hours = (Date.parse(rotated.body.oldKeyValidUntil as string) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    expect(created.body.key).not.toBe(rotated.body.key);
    await stack.http().post('/api/v1/feed-keys/999999/rotate').set(central).send({}).expect(404);
  });

  it('audits 401, 403 and the scoping 404 without secrets, one row per caller and route a minute', async () => {
    const manager = await stack.signIn(MANAGER);
    const fakeToken = 'sst_this-is-not-a-real-session-token';
    for (let attempt = 0; attempt < 25; attempt++) {
      await stack
        .http()
        .get('/api/v1/users')
        .set('Authorization', `Bearer ${fakeToken}`)
        .expect(401);
    }
    await stack.http().get('/api/v1/users').set(manager).expect(403);
    await stack.http().get('/api/v1/agencies/MOJ/anomalies').set(manager).expect(404);
    const denials = await eventually(async () => {
      const rows = await audit('access');
      const keys = new Set(rows.map((row) => row.entityKey));
      return keys.has('401 GET /api/v1/users') &&
        keys.has('403 GET /api/v1/users') &&
        keys.has('404 GET /api/v1/agencies/:agency/anomalies')
        ? rows
        : undefined;
    });
    const unauthenticated = denials.filter((row) => row.entityKey === '401 GET /api/v1/users');
    // 25 denials in a row: one row, or two when a minute began during the loop.
    expect(unauthenticated.length).toBeLessThanOrEqual(2);
    expect(unauthenticated[0]).toMatchObject({
      action: 'denied',
      actor: expect.stringMatching(/^anonymous:/),
      after: { status: 401, method: 'GET', route: '/api/v1/users' },
    });
    expect(denials.find((row) => row.entityKey === '403 GET /api/v1/users')).toMatchObject({
      actor: `user:${MANAGER}`,
    });
    expect(denials.find((row) => row.entityKey.startsWith('404'))).toMatchObject({
      actor: `user:${MANAGER}`,
      after: { path: '/api/v1/agencies/MOJ/anomalies' },
    });
    expect(JSON.stringify(denials)).not.toContain(fakeToken);
    expect(JSON.stringify(denials)).not.toContain(manager.Authorization.slice('Bearer '.length));
  });
});
