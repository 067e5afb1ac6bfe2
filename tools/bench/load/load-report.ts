import { AccountingCheck } from './load-accounting';
import { LatencySummary } from './load-recorder';

export interface PhaseReport {
  name: string;
  seconds: number;
  feedClients: number;
  readers: number;
  accepted: number;
  acceptedPerSecond: number;
  writes: LatencySummary;
  reads: LatencySummary;
  readsByPath: Record<string, LatencySummary>;
  writeClasses: Record<string, number>;
  readClasses: Record<string, number>;
  failures: number;
}

export interface LoadReport {
  date: string;
  machine: string;
  loadAverage: { before: number[]; after: number[] };
  options: Record<string, number>;
  phases: PhaseReport[];
  drainSeconds: number | null;
  accounting: AccountingCheck[];
  cpuSeconds: { api: number; workers: number[]; postgres: number | null };
  peakRssMiB: { api: number; workers: number[] };
  passed: boolean;
}

const ms = (summary: LatencySummary) => `${summary.p50} / ${summary.p95} / ${summary.p99} (max ${summary.max})`;
const classes = (counts: Record<string, number>) => Object.entries(counts).map(([name, n]) => `${name}: ${n}`).join('; ') || 'none';

export function renderLoadReport(report: LoadReport): string {
  const lines = [
    `bench:load ${report.date} on ${report.machine}; load average before ${report.loadAverage.before.join(' ')}, after ${report.loadAverage.after.join(' ')}`,
    '',
    '| phase | s | feed clients | readers | accepted events | accepted events/s | writes sent | 202 ms p50 / p95 / p99 | reads sent | 200 ms p50 / p95 / p99 | other write answers | other read answers |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.phases.map((phase) =>
      `| ${phase.name} | ${phase.seconds} | ${phase.feedClients} | ${phase.readers} | ${phase.accepted} | ${phase.acceptedPerSecond} | ${phase.writes.requests} | ${ms(phase.writes)} | ${phase.reads.requests} | ${ms(phase.reads)} | ${classes(phase.writeClasses)} | ${classes(phase.readClasses)} |`,
    ),
    '',
    '| reads by path (200s) | phase | answers | ms p50 / p95 / p99 |',
    '| --- | --- | --- | --- |',
    ...report.phases.flatMap((phase) => Object.entries(phase.readsByPath).map(([path, summary]) => `| ${path} | ${phase.name} | ${summary.requests} | ${ms(summary)} |`)),
    '',
    `Drain after the clients stopped: ${report.drainSeconds === null ? 'NOT FINISHED within the timeout' : `${report.drainSeconds} s`}`,
    '',
    '| accounting check | left | right | |',
    '| --- | --- | --- | --- |',
    ...report.accounting.map((check) => `| ${check.name} | ${check.left} | ${check.right} | ${check.left === check.right ? 'ok' : 'MISMATCH'} |`),
    '',
    `CPU s (API / workers / Postgres): ${report.cpuSeconds.api} / ${report.cpuSeconds.workers.join(', ')} / ${report.cpuSeconds.postgres ?? 'n/a'}; peak RSS MiB (API / workers): ${report.peakRssMiB.api} / ${report.peakRssMiB.workers.join(', ')}`,
    report.passed ? 'PASSED: every accepted event is stored and folded, and no answer was other than 2xx or 429/503 with Retry-After.' : 'FAILED: see the failures and mismatches above.',
  ];
  return lines.join('\n');
}
