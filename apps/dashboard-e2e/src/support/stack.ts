/**
 * Starts and stops the real stack for the browser tests: a fresh database on the server of
 * DATABASE_URL, migrations, seed, a feed key, the built API and worker.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { RUN_DIR, WORKSPACE_ROOT } from './state';

const TAIL_CHARS = 4000;

export class StepError extends Error {}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new StepError(`dashboard-e2e: ${name} is not set (the test runner provides it).`);
  }
  return value;
}

export function requireBuilt(relativePath: string, hint: string): string {
  const path = resolve(WORKSPACE_ROOT, relativePath);
  if (!existsSync(path)) {
    throw new StepError(`dashboard-e2e: ${relativePath} is missing; ${hint}`);
  }
  return path;
}

export function newRunId(): string {
  return `e2e_${randomBytes(5).toString('hex')}`;
}

/** The same server URL with another database name. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new StepError(`dashboard-e2e: unsafe database name ${name}`);
  }
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^e2e_[a-z0-9_]+$/.test(name)) {
    return; // never drop anything this suite did not create
  }
  await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Runs a command to completion; throws with its output when it fails. Returns stdout. */
export function runStep(
  label: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): string {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: WORKSPACE_ROOT,
    env,
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${String(result.status)}`;
    throw new StepError(
      `dashboard-e2e: step "${label}" failed (${command} ${args.join(' ')}: ${why})\n` +
        `--- stderr ---\n${tail(result.stderr ?? '')}\n--- stdout ---\n${tail(result.stdout ?? '')}`,
    );
  }
  console.log(`dashboard-e2e: ${label} ok (${Date.now() - started} ms)`);
  return result.stdout;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** A long-running child process with its output in a log file and its last lines in memory. */
export interface Service {
  name: string;
  child: ChildProcess;
  logFile: string;
  output: () => string;
  exited: () => string | null;
}

export function startService(name: string, script: string, env: NodeJS.ProcessEnv): Service {
  mkdirSync(RUN_DIR, { recursive: true });
  const logFile = resolve(RUN_DIR, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [script], {
    cwd: WORKSPACE_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  let exit: string | null = null;
  const collect = (chunk: Buffer): void => {
    log.write(chunk);
    buffer = (buffer + chunk.toString('utf8')).slice(-TAIL_CHARS);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.on('exit', (code, signal) => {
    exit = `exited with ${signal ?? `code ${String(code)}`}`;
    log.end();
  });
  child.on('error', (error) => {
    exit = `failed to start: ${error.message}`;
  });
  return { name, child, logFile, output: () => buffer, exited: () => exit };
}

export async function waitForHealth(
  url: string,
  services: Service[],
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    for (const service of services) {
      const exit = service.exited();
      if (exit) {
        throw new StepError(
          `dashboard-e2e: ${service.name} ${exit} before ${url} answered 200.\n` +
            `--- ${service.name} output (${service.logFile}) ---\n${service.output()}`,
        );
      }
    }
    try {
      const response = await fetch(url);
      if (response.status === 200) {
        return;
      }
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  const outputs = services
    .map((s) => `--- ${s.name} output (${s.logFile}) ---\n${s.output()}`)
    .join('\n');
  throw new StepError(
    `dashboard-e2e: ${url} did not answer 200 within ${timeoutMs} ms (last: ${last}).\n${outputs}`,
  );
}

/** SIGTERM, then SIGKILL after a grace period. */
export async function stopProcess(pid: number, graceMs = 10_000): Promise<void> {
  if (!alive(pid)) {
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && alive(pid)) {
    await sleep(100);
  }
  if (alive(pid)) {
    process.kill(pid, 'SIGKILL');
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function tail(text: string): string {
  return text.length > TAIL_CHARS ? `…${text.slice(-TAIL_CHARS)}` : text;
}
