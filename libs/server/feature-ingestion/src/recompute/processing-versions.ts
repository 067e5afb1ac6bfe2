import { arrayLiterals } from '../sql/array-literal';
import { EntityManager } from 'typeorm';
import { CaseWrite } from './case-write';
import { rollupMonth } from './local-day';
import { StoredCycle } from './case-types';

interface FirstStop {
  readonly serviceId: number;
  readonly month: string;
  readonly elapsedSeconds: number;
  readonly progress: number;
}

/** The case's first cycle if it stopped (what processing-time percentiles read), with its service and Asia/Qatar month. */
function firstStop(serviceId: number | null, cycles: readonly StoredCycle[]): FirstStop | null {
  const first = cycles.find((cycle) => cycle.cycle === 1);
  if (serviceId === null || !first || first.stoppedAt === null) return null;
  return { serviceId, month: rollupMonth(first.stoppedAt), elapsedSeconds: first.elapsedSeconds, progress: first.progress };
}

function sameStop(a: FirstStop | null, b: FirstStop | null): boolean {
  if (a === null || b === null) return a === b;
  return a.serviceId === b.serviceId && a.month === b.month && a.elapsedSeconds === b.elapsedSeconds && a.progress === b.progress;
}

/**
 * Adds one to the version of every (service, month) whose first stopped cycles the writes changed,
 * so cached percentiles of those months are recomputed (docs/read-api.md). One statement, rows in
 * key order: meant as the fold's last write, so the rows stay locked only until commit.
 */
export async function bumpProcessingVersions(manager: EntityManager, writes: readonly CaseWrite[]): Promise<void> {
  const keys = new Map<string, { serviceId: number; month: string }>();
  for (const write of writes) {
    const before = firstStop(write.previousServiceId, write.previous);
    const after = firstStop(write.folded.snapshot.serviceId, write.cycles);
    if (sameStop(before, after)) continue;
    for (const stop of [before, after]) if (stop) keys.set(`${stop.serviceId}/${stop.month}`, stop);
  }
  if (keys.size === 0) return;
  const sorted = [...keys.values()].sort((a, b) => a.serviceId - b.serviceId || a.month.localeCompare(b.month));
  await manager.query(
    `INSERT INTO sla_processing_version AS v (service_id, month)
     SELECT * FROM unnest($1::int[], $2::date[]) ORDER BY 1, 2
     ON CONFLICT (service_id, month) DO UPDATE SET version = v.version + 1`,
    arrayLiterals(sorted.map((key) => key.serviceId), sorted.map((key) => key.month)),
  );
}
