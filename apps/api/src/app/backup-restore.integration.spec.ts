import { NestExpressApplication } from '@nestjs/platform-express';
import { testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import request from 'supertest';
import { ReadStack, startReadStack } from './read-metrics-stack';
import { startApi } from './test-stack';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../../..');

/** The read API's answers compared between the live and the restored database. */
const READ_PATHS = [
  '/api/v1/scorecard?year=2026',
  '/api/v1/metrics/sla?from=2026-01-01&to=2026-03-31&interval=month',
  '/api/v1/metrics/sla?from=2026-01-01&to=2026-03-31&interval=week&cycles=all&agency=MOI',
  '/api/v1/metrics/satisfaction?from=2026-01-01&to=2026-03-31&interval=month',
  '/api/v1/metrics/volumes?from=2026-01-01&to=2026-03-31&interval=month',
  '/api/v1/metrics/processing-time?from=2026-01-01&to=2026-03-31&interval=month',
  '/api/v1/metrics/reopen-rate?from=2026-01-01&to=2026-03-31&interval=quarter',
  '/api/v1/metrics/backlog',
  '/api/v1/league?from=2026-01-01&to=2026-03-31',
  '/api/v1/matrix?from=2026-01-01&to=2026-03-31',
  '/api/v1/review/breaches?status=open_breach&pageSize=200',
  '/api/v1/agencies/MOI/anomalies?kind=orphan',
];

/** An answer without the instant it was computed at (`asOf`), the only part that depends on when it was asked. */
function figuresOf(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { asOf: _asOf, ...figures } = body as Record<string, unknown>;
  return figures;
}

/** Every table's row count and a digest of its rows, in a stable order. */
async function tableContents(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const contents: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ rows: number; digest: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
      );
      contents[name] = rows[0] as { rows: number; digest: string };
    }
    return contents;
  } finally {
    await client.end();
  }
}

describe('backup and restore (npm run db:backup / db:restore)', () => {
  let stack: ReadStack;
  let restoredApi: NestExpressApplication | undefined;
  const file = join(tmpdir(), `sla-backup-${randomBytes(4).toString('hex')}.backup`);
  let restoredUrl = '';

  beforeAll(async () => {
    stack = await startReadStack('backup');
  });

  afterAll(async () => {
    await restoredApi?.close();
    rmSync(file, { force: true });
    if (restoredUrl) {
      const admin = new Client({ connectionString: stack.database.url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${new URL(restoredUrl).pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
    }
    await stack?.close();
  });

  it('restores events processed by the worker into a fresh database with the same rows and the same figures', async () => {
    const env = `DATABASE_URL=${stack.database.url}`;
    const backup = await run('/usr/bin/env', [env, 'npx', 'tsx', 'tools/db/backup.ts', '--out', file], { cwd: ROOT });
    expect(backup.stdout).toMatch(/^Backed up \d+ tables \(\d+ rows, \d+ migrations\)/);
    const name = `${stack.database.name}_restored`;
    const restore = await run('/usr/bin/env', [env, 'npx', 'tsx', 'tools/db/restore.ts', '--in', file, '--database', name], { cwd: ROOT });
    expect(restore.stdout).toMatch(new RegExp(`^Restored \\d+ tables \\(\\d+ rows\\) from .* into ${name}`));
    restoredUrl = Object.assign(new URL(stack.database.url), { pathname: `/${name}` }).toString();

    const [live, restored] = [await tableContents(stack.database.url), await tableContents(restoredUrl)];
    expect(live['feed_event']?.rows).toBeGreaterThan(1000);
    expect(live['sla_rollup_day']?.rows).toBeGreaterThan(0);
    expect(restored).toEqual(live);

    restoredApi = await startApi({ databaseUrl: restoredUrl, redisUrl: testRedisUrl(), prefix: uniquePrefix('restored') });
    for (const path of READ_PATHS) {
      const [original, copy] = [
        await request(stack.api.getHttpServer()).get(path).set(stack.as('central_office')),
        await request(restoredApi.getHttpServer()).get(path).set(stack.as('central_office')),
      ];
      expect({ path, status: copy.status, body: figuresOf(copy.body) }).toEqual({ path, status: 200, body: figuresOf(original.body) });
    }
  });

  it('refuses to restore over an existing database, and a file that is not a backup', async () => {
    const env = `DATABASE_URL=${stack.database.url}`;
    const name = new URL(restoredUrl).pathname.slice(1);
    await expect(run('/usr/bin/env', [env, 'npx', 'tsx', 'tools/db/restore.ts', '--in', file, '--database', name], { cwd: ROOT })).rejects.toMatchObject({
      stderr: expect.stringContaining(`The database ${name} exists already`),
    });
    await expect(run('/usr/bin/env', [env, 'npx', 'tsx', 'tools/db/restore.ts', '--in', join(ROOT, 'package.json'), '--database', `${name}_x`], { cwd: ROOT })).rejects.toMatchObject({
      stderr: expect.stringMatching(/incorrect header check|Not a backup/),
    });
  });
});
