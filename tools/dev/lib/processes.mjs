// Child-process helpers: run a command to completion, start a long-running
// service with prefixed output, and stop a process and wait for it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** Environment for scripted Nx / Angular runs. */
export const NX_ENV = {
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NG_CLI_ANALYTICS: 'false',
  NX_TUI: 'false',
};

const COLOURS = { api: 36, worker: 35, redis: 31, postgres: 34, seed: 32, migrate: 33, build: 90 };
const useColour = process.stdout.isTTY && !process.env.NO_COLOR;

export function prefix(label) {
  const text = `[${label}]`;
  return useColour && COLOURS[label] ? `\x1b[${COLOURS[label]}m${text}\x1b[0m` : text;
}

/** Print every line of a stream with a prefix; `onLine` may swallow a line by returning false. */
export function pipeLines(stream, label, onLine) {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (/^npm warn Unknown (env|user) config/.test(line)) return; // npm noise from this machine's npmrc
    if (onLine && onLine(line) === false) return;
    console.log(`${prefix(label)} ${line}`);
  });
}

/**
 * Run a command to completion. Output is inherited unless `label` is given
 * (then it is prefixed). Resolves { code, signal, lines } (stdout lines when labelled).
 */
export function run(cmd, args, { env, cwd, label, onLine, onSpawn } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: label ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    onSpawn?.(child);
    const lines = [];
    if (label) {
      pipeLines(child.stdout, label, (line) => {
        lines.push(line);
        return onLine ? onLine(line) : true;
      });
      pipeLines(child.stderr, label);
    }
    child.on('error', (err) => resolve({ code: 127, signal: null, lines, error: err }));
    child.on('close', (code, signal) => resolve({ code, signal, lines }));
  });
}

const tracked = new Map();
process.on('exit', () => {
  for (const [child, signal] of tracked)
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
});

/** Last resort: if this process exits while `child` still runs, send it `signal`. */
export function track(child, signal = 'SIGTERM') {
  tracked.set(child, signal);
  child.once('exit', () => tracked.delete(child));
  return child;
}

/**
 * Start a long-running process in its own process group (so a terminal Ctrl-C
 * reaches only the supervisor, which then stops things in order).
 */
export function startService(label, cmd, args, { env, cwd, onLine } = {}) {
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  track(child);
  pipeLines(child.stdout, label, onLine);
  pipeLines(child.stderr, label, onLine);
  child.exited = new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: 127, signal: null, error }));
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return child;
}

export function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** The command line of a process (Linux /proc), or '' when unknown. */
export function cmdline(pid) {
  const file = `/proc/${pid}/cmdline`;
  try {
    return existsSync(file) ? readFileSync(file, 'utf8').replace(/\0/g, ' ').trim() : '';
  } catch {
    return '';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Send `signal` to a pid, wait up to `timeoutMs` for it to go, then SIGKILL. */
export async function killPid(pid, signal = 'SIGTERM', timeoutMs = 10000) {
  if (!isAlive(pid)) return true;
  try {
    process.kill(pid, signal);
  } catch {
    return true;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  await sleep(200);
  return false;
}

/** Stop a child started by startService and wait for its exit event. */
export async function stopChild(child, signal = 'SIGTERM', timeoutMs = 10000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await child.exited;
  clearTimeout(timer);
}

/** Seconds since `t0` (ms), one decimal. */
export const since = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** A no-op (for error listeners whose only job is to exist). */
export const ignore = () => undefined;
