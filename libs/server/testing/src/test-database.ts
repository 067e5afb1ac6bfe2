import { loadConfig } from '@ws/server-config';
import { migrate } from '@ws/server-database';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function requireEnv(name: 'DATABASE_URL' | 'REDIS_URL'): string {
  return loadConfig([name])[name];
}

/** The Redis of this test run (started by `npm test`). */
export function testRedisUrl(): string {
  return requireEnv('REDIS_URL');
}

/** A BullMQ prefix of its own, so test files sharing one Redis never see each other's jobs. */
export function uniquePrefix(label: string): string {
  return `t_${label}_${randomBytes(4).toString('hex')}`;
}

/**
 * A fresh, migrated database of its own for one test file, on the server `npm test` started.
 * Integration tests run against real Postgres, never a mock.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const adminUrl = requireEnv('DATABASE_URL');
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
