// A private redis-server (Debian package) run as a child process.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmdline, isAlive, killPid, prefix, startService, stopChild } from './processes.mjs';

/** Stop the redis-server named in a pidfile, if it still runs (leftover, or restarted by a test). */
export async function stopRedisPidfile(pidfile) {
  if (!existsSync(pidfile)) return;
  const pid = Number(readFileSync(pidfile, 'utf8').trim());
  if (!isAlive(pid) || !cmdline(pid).includes('redis-server')) return;
  console.log(`${prefix('redis')} stopping redis-server PID ${pid}`);
  await killPid(pid, 'SIGTERM', 15000);
}

/**
 * Write a redis.conf into `dir` and start `redis-server <conf>` bound to
 * 127.0.0.1:port. persist=true: append-only file + snapshots in `dir`;
 * persist=false: nothing on disk. Resolves once Redis accepts connections.
 * Returns { port, dir, conf, pidfile, child, exited, stop() }.
 */
export async function startRedis({ port, dir, persist }) {
  mkdirSync(dir, { recursive: true });
  const pidfile = join(dir, 'redis.pid');
  const conf = join(dir, 'redis.conf');
  const lines = [
    `port ${port}`,
    'bind 127.0.0.1',
    'protected-mode yes',
    `dir ${dir}`,
    `pidfile ${pidfile}`,
    'daemonize no',
    'loglevel warning',
    'logfile ""',
    ...(persist
      ? ['appendonly yes', 'appendfsync everysec', 'save 3600 1 300 100 60 10000']
      : ['appendonly no', 'save ""']),
  ];
  writeFileSync(conf, `# written by tools/dev/lib/redis.mjs\n${lines.join('\n')}\n`);
  await stopRedisPidfile(pidfile);

  const recent = [];
  const child = startService('redis', 'redis-server', [conf], {
    onLine: (line) => {
      recent.push(line);
      return (
        /error|fail|can't|could not|unable|fatal|WARNING/i.test(line) && !/overcommit/.test(line)
      );
    },
  });
  let exit = null;
  child.exited.then((e) => (exit = e));
  const deadline = Date.now() + 20000;
  while (!(await ping(port))) {
    if (exit)
      throw new Error(
        `redis-server exited while starting on port ${port} (${exit.error?.message ?? `code ${exit.code}`}):\n  ${recent.slice(-8).join('\n  ')}`,
      );
    if (Date.now() > deadline)
      throw new Error(`redis-server did not become ready on port ${port} within 20 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    dir,
    conf,
    pidfile,
    child,
    exited: child.exited,
    async stop() {
      await stopChild(child, 'SIGTERM', 15000);
      await stopRedisPidfile(pidfile);
    },
  };
}

/** Minimal RESP PING over TCP (no client library needed). */
export async function ping(port) {
  const { createConnection } = await import('node:net');
  return new Promise((resolve) => {
    const sock = createConnection({ port, host: '127.0.0.1' });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(1000, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}
