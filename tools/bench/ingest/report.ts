import { BaselineResult } from './baselines';
import { PipelineResult } from './pipeline';

export interface BenchReport {
  date: string;
  machine: string;
  events: number;
  batchSize: number;
  pipeline: PipelineResult[];
  copy: BaselineResult;
  naive: BaselineResult;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')).join('\n');
}

/** The closing table: one row per measurement, then the ratios and the scaling. */
export function renderReport(report: BenchReport): string {
  const rows: string[][] = [['measurement', 'events', 'seconds', 'events/s', 'drain s', 'peak RSS MiB (api / workers)', 'finished jobs in Redis']];
  for (const run of report.pipeline) {
    rows.push([
      `ours, ${run.workers} worker(s), ${run.clients} clients`,
      fmt(run.events),
      run.totalSeconds.toFixed(1),
      fmt(run.eventsPerSecond),
      run.drainSeconds.toFixed(1),
      `${run.peakRssMiB.api} / ${run.peakRssMiB.workers.join(', ')}`,
      String(run.finishedJobsInRedis),
    ]);
  }
  rows.push(['raw COPY into a plain table', fmt(report.copy.events), report.copy.seconds.toFixed(1), fmt(report.copy.eventsPerSecond), '', '', '']);
  rows.push(['naive: a job, an INSERT, a recompute per event', fmt(report.naive.events), report.naive.seconds.toFixed(1), fmt(report.naive.eventsPerSecond), '', '', '']);
  const lines = [table(rows), ''];
  for (const run of report.pipeline) {
    lines.push(
      `ours (${run.workers} worker(s)): ${ratio(run.eventsPerSecond, report.copy.eventsPerSecond)} of COPY, ${ratio(run.eventsPerSecond, report.naive.eventsPerSecond)} naive; ` +
        `HTTP accepted ${fmt(run.acceptedPerSecond)} events/s; ${run.retries} retried requests`,
    );
  }
  const [first, ...others] = report.pipeline;
  for (const run of others) {
    if (first) lines.push(`scaling ${first.workers} -> ${run.workers} workers: ${ratio(run.eventsPerSecond, first.eventsPerSecond)}`);
  }
  return lines.join('\n');
}
