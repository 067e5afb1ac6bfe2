// A PID lock file so that only one `npm start` uses .data at a time.
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { cmdline, isAlive, killPid } from './processes.mjs';

function readLock(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The lock holder is alive and really is a dev-stack script (guards against PID reuse). */
function holderAlive(info, marker) {
  return Boolean(info?.pid) && isAlive(info.pid) && cmdline(info.pid).includes(marker);
}

/**
 * Take the lock or throw with a message naming the PID that holds it. A stale
 * lock (dead PID) is taken over; children it recorded that still run (api,
 * worker, after a kill -9 of the old supervisor) are stopped first.
 */
export async function acquireLock(file, marker) {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(
        fd,
        JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), children: {} }),
      );
      closeSync(fd);
      return {
        file,
        record(name, pid) {
          const info = readLock(file) ?? { pid: process.pid, children: {} };
          info.children = { ...info.children, [name]: pid };
          writeFileSync(file, JSON.stringify(info));
        },
        release() {
          if (readLock(file)?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    const info = readLock(file);
    if (holderAlive(info, marker)) {
      const err = new Error(
        `Another dev stack is already running (PID ${info.pid}, started ${info.startedAt}).\n` +
          `  Stop it first (Ctrl-C in its terminal, or: kill ${info.pid}); lock file: ${file}`,
      );
      err.lockHeld = true;
      throw err;
    }
    console.log(`» taking over a stale lock (PID ${info?.pid ?? '?'} is not running)`);
    for (const [name, pid] of Object.entries(info?.children ?? {})) {
      if (isAlive(pid) && cmdline(pid).includes('dist/apps/')) {
        console.log(`» stopping leftover ${name} (PID ${pid})`);
        await killPid(pid, 'SIGTERM', 10000);
      }
    }
    rmSync(file, { force: true });
  }
  throw new Error(`could not take the lock ${file}`);
}
