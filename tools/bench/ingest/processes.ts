import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts `command` with `variables` added to this process's environment (through `env`, which
 * execs the command: the child's pid is the command's own). Its output goes to ours, prefixed.
 */
export function startProcess(label: string, variables: Record<string, string>, command: string[]): ChildProcess {
  const assignments = Object.entries(variables).map(([name, value]) => `${name}=${value}`);
  const child = spawn('/usr/bin/env', [...assignments, ...command], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/\b(ERROR|WARN|WARNING)\b|Error:/.test(line)) console.log(`  [${label}] ${line.trim()}`);
  };
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  return child;
}

/** SIGTERM, then SIGKILL after 10 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Peak resident memory of a live process (`VmHWM`), in MiB. */
export function peakRssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
  if (!match) throw new Error(`No VmHWM for pid ${pid}`);
  return Math.round(Number(match[1]) / 1024);
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
