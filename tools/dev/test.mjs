// `npm test`: unit + integration (real Postgres and Redis), build, browser.
// `npm test -- <jest args>` runs phase 1 only, with those args.
// `npm test -- --browser [specs or jest args]` (`npm run test:browser`) runs the build and the
// browser phase only, with those args. See docs/dev-stack.md.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNodeModules, ensureRedisServer } from './lib/bootstrap.mjs';
import { CHROMIUM_PATH, ensureChromium, ensurePopplerUtils } from './lib/chromium.mjs';
import { NX_ENV, ignore, run } from './lib/processes.mjs';
import { jestCounts, printTestSummary } from './lib/summary.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BROWSER_ONLY = process.argv[2] === '--browser';
const JEST_ARGS = process.argv.slice(BROWSER_ONLY ? 3 : 2);
const ONLY_PHASE_1 = !BROWSER_ONLY && JEST_ARGS.length > 0;
const OUT = join(ROOT, 'tmp');

const phases = [];
let services = null;
let current = null;
let interrupted = false;
let inSetup = true;
let finishing = false;

for (const stream of [process.stdout, process.stderr]) stream.on('error', ignore);

function banner(text) {
  console.log(`\n${'━'.repeat(72)}\n  ${text}\n${'━'.repeat(72)}`);
}

async function phase(name, cmd, args, { env, need, json } = {}) {
  if (interrupted) return false;
  banner(`${name}: ${[cmd, ...args].join(' ')}`);
  const t = Date.now();
  if (json) rmSync(join(ROOT, json), { force: true });
  const missing = (need ?? []).find((f) => !existsSync(join(ROOT, f)));
  if (missing) {
    console.error(`✖ ${name}: ${missing} does not exist (yet); this phase cannot run`);
    phases.push({ name, ok: false, ms: 0, note: `(${missing} missing)` });
    return false;
  }
  const res = await run(cmd, args, {
    cwd: ROOT,
    env: { ...NX_ENV, ...env },
    onSpawn: (c) => (current = c),
  });
  current = null;
  const counts = json ? jestCounts(join(ROOT, json)) : null;
  const ok = res.code === 0 && !interrupted;
  const note = interrupted
    ? '(interrupted)'
    : !ok && json && !counts
      ? '(no Jest results: see the output above)'
      : '';
  phases.push({ name, ok, ms: Date.now() - t, counts, note });
  if (!ok) console.error(`✖ ${name} failed (${res.signal ?? `exit code ${res.code}`})`);
  return ok;
}

async function finish() {
  if (finishing) return;
  finishing = true;
  await services?.stop();
  services = null;
  printTestSummary(phases);
  process.exit(phases.every((p) => p.ok || p.skipped) && !interrupted ? 0 : 1);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n» ${sig}: stopping the tests and the services …`);
    current?.kill('SIGTERM');
    if (!current && !inSetup) void finish(); // during setup, main() finishes once setup is done
  });
}

async function main() {
  const t = Date.now();
  try {
    await ensureNodeModules(ROOT);
    await ensureRedisServer(
      'Install it (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis).',
    );
    if (!ONLY_PHASE_1) {
      await ensureChromium();
      await ensurePopplerUtils();
    }
    const { cleanStaleRuns, startTestServices } = await import('./lib/test-services.mjs');
    await cleanStaleRuns();
    services = await startTestServices();
    inSetup = false;
    phases.push({ name: 'setup (Postgres, Redis)', ok: !interrupted, ms: Date.now() - t });
    if (interrupted) return finish();
  } catch (err) {
    console.error(`✖ setup failed: ${err.message}`);
    phases.push({ name: 'setup (Postgres, Redis)', ok: false, ms: Date.now() - t });
    return finish();
  }
  const env = { ...services.env, CHROMIUM_PATH };
  console.log('» test services (also exported to the tests):');
  for (const [k, v] of Object.entries(services.env)) console.log(`    ${k}=${v}`);
  mkdirSync(OUT, { recursive: true });

  const unitJson = 'tmp/jest-unit.json';
  if (BROWSER_ONLY) {
    phases.push({ name: 'unit + integration', skipped: true, note: '(--browser: browser only)' });
  } else {
    await phase(
      'unit + integration',
      'npx',
      ['jest', '-c', 'jest.config.ts', '--ci', '--json', `--outputFile=${unitJson}`, ...JEST_ARGS],
      { env, need: ['jest.config.ts'], json: unitJson },
    );
  }
  if (ONLY_PHASE_1) {
    phases.push({ name: 'build', skipped: true, note: '(jest args given: phase 1 only)' });
    phases.push({ name: 'browser', skipped: true, note: '(jest args given: phase 1 only)' });
    return finish();
  }
  const built = await phase(
    'build',
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'dashboard'],
    { env },
  );
  const e2eJson = 'tmp/jest-e2e.json';
  if (built) {
    await phase(
      'browser',
      'npx',
      [
        'jest',
        '-c',
        'apps/dashboard-e2e/jest.config.ts',
        '--ci',
        '--runInBand',
        '--json',
        `--outputFile=${e2eJson}`,
        ...JEST_ARGS,
      ],
      { env, need: ['apps/dashboard-e2e/jest.config.ts'], json: e2eJson },
    );
  } else if (!interrupted) {
    phases.push({ name: 'browser', skipped: true, note: '(not run: the build failed)' });
  }
  return finish();
}

main().catch(async (err) => {
  console.error(`✖ npm test failed: ${err.stack ?? err}`);
  phases.push({ name: 'npm test itself', ok: false, ms: null });
  await finish();
});
