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
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const perThousand = (cpuSeconds: number, events: number) => Math.round((cpuSeconds * 1_000_000) / events);
/** The accept path's CPU per 1,000 events, as `, CPU ms per 1,000 events: api A, postgres P` (backlog runs only). */
const acceptCpu = (run: PipelineResult): string =>
  run.acceptCpuSeconds === null
    ? ''
    : `, CPU ms per 1,000 events: api ${perThousand(run.acceptCpuSeconds.api, run.events)}, postgres ${run.acceptCpuSeconds.postgres === null ? 'n/a' : perThousand(run.acceptCpuSeconds.postgres, run.events)}`;
const workersOf = (run: PipelineResult) => `${run.workers} worker(s) of ${run.slots} slot(s)`;
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')).join('\n');
}

/** The closing table: one row per measurement, then the ratios and the scaling. */
export function renderReport(report: BenchReport): string {
  const rows: string[][] = [['measurement', 'events', 'seconds', 'events/s', 'drain s', 'peak RSS MiB (api / workers)', 'CPU s (api / workers / postgres)', 'finished jobs in Redis']];
  for (const run of report.pipeline) {
    rows.push([
      `ours, ${run.mode}, ${workersOf(run)}, ${run.clients} clients`,
      fmt(run.events),
      run.totalSeconds.toFixed(1),
      fmt(run.eventsPerSecond),
      run.drainSeconds.toFixed(1),
      `${run.peakRssMiB.api} / ${run.peakRssMiB.workers.join(', ')}`,
      `${run.cpuSeconds.api.toFixed(1)} / ${run.cpuSeconds.workers.map((cpu) => cpu.toFixed(1)).join(', ')} / ${run.cpuSeconds.postgres?.toFixed(1) ?? 'n/a'}`,
      String(run.finishedJobsInRedis),
    ]);
  }
  rows.push(['raw COPY into a plain table', fmt(report.copy.events), report.copy.seconds.toFixed(1), fmt(report.copy.eventsPerSecond), '', '', '', '']);
  rows.push(['naive: a job, an INSERT, a recompute per event', fmt(report.naive.events), report.naive.seconds.toFixed(1), fmt(report.naive.eventsPerSecond), '', '', '', '']);
  const lines = [table(rows), ''];
  for (const run of report.pipeline) {
    const cpu =
      `CPU ms per 1,000 events: api ${perThousand(run.cpuSeconds.api, run.events)}, workers ${perThousand(sum(run.cpuSeconds.workers), run.events)}, ` +
      `postgres ${run.cpuSeconds.postgres === null ? 'n/a' : perThousand(run.cpuSeconds.postgres, run.events)}`;
    lines.push(
      run.mode === 'live'
        ? `ours (live, ${workersOf(run)}): ${ratio(run.eventsPerSecond, report.copy.eventsPerSecond)} of COPY, ${ratio(run.eventsPerSecond, report.naive.eventsPerSecond)} naive; ` +
            `HTTP accepted ${fmt(run.acceptedPerSecond)} events/s; ${run.retries} retried requests; ${cpu}`
        : `ours (backlog, ${workersOf(run)}): the workers applied ${fmt(run.eventsPerSecond)} events/s once ${fmt(run.events)} were accepted ` +
            `(HTTP accepted ${fmt(run.acceptedPerSecond)} events/s with no worker running${acceptCpu(run)}); ${cpu} (while applying)`,
    );
  }
  for (const mode of ['live', 'backlog'] as const) {
    const [first, ...others] = report.pipeline.filter((run) => run.mode === mode);
    for (const run of others) {
      if (first) lines.push(`scaling (${mode}) ${workersOf(first)} -> ${workersOf(run)}: ${ratio(run.eventsPerSecond, first.eventsPerSecond)}`);
    }
  }
  return lines.join('\n');
}
