import { arrayLiterals } from '../sql/array-literal';
import { CycleStatus } from '@ws/sla-engine';
import { EntityManager } from 'typeorm';
import { EventRange, StoredCycle } from './case-types';
import { epochMs, fromEpochMs, rangeArrays } from '../sql/epoch-sql';
import { INSTANT, sqlValue, typedValues, ValueColumn } from '../sql/typed-rows';

/** A cycle to insert, with its case's key and service. */
interface WrittenCycle {
  readonly pk: string;
  readonly agencyId: number;
  readonly serviceId: number | null;
  readonly cycle: StoredCycle;
}

/** The columns of a cycle row as the worker writes it (name, SQL type, value). */
const CYCLE_COLUMNS: readonly ValueColumn<WrittenCycle>[] = [
  ['case_pk', 'bigint', (w) => w.pk],
  ['cycle', 'int', (w) => w.cycle.cycle],
  ['agency_id', 'int', (w) => w.agencyId],
  ['service_id', 'int', (w) => w.serviceId],
  ['status', 'text', (w) => w.cycle.status],
  ['elapsed_seconds', 'float8', (w) => w.cycle.elapsedSeconds],
  ['progress', 'float8', (w) => w.cycle.progress],
  ['at_risk', 'boolean', (w) => w.cycle.atRisk],
  ['started_at', INSTANT, (w) => w.cycle.startedAt],
  ['stopped_at', INSTANT, (w) => w.cycle.stoppedAt],
  ['cancelled_at', INSTANT, (w) => w.cycle.cancelledAt],
  ['due_at', INSTANT, (w) => w.cycle.dueAt],
  ['at_risk_50_at', INSTANT, (w) => w.cycle.atRisk50At],
  ['at_risk_75_at', INSTANT, (w) => w.cycle.atRisk75At],
  ['breached_at', INSTANT, (w) => w.cycle.breachedAt],
  ['decided_at', INSTANT, (w) => w.cycle.decidedAt],
  ['first_computed_at', INSTANT, (w) => w.cycle.firstComputedAt],
];
const INSTANTS = CYCLE_COLUMNS.filter(([, type]) => type === INSTANT).map(([name]) => name);

interface CycleDbRow {
  case_pk: string;
  cycle: number;
  status: CycleStatus;
  started_at: number;
  stopped_at: number | null;
  cancelled_at: number | null;
  elapsed_seconds: number;
  progress: number;
  due_at: number | null;
  at_risk_50_at: number | null;
  at_risk_75_at: number | null;
  breached_at: number | null;
  decided_at: number | null;
  at_risk: boolean;
  first_computed_at: number;
}

/** The stored cycles of the cases (pk and owner agency), read from the month partitions of each case's range only. */
export async function readCycles(
  manager: EntityManager,
  pks: readonly string[],
  agencyIds: readonly number[],
  ranges: readonly (EventRange | null)[],
): Promise<Map<string, StoredCycle[]>> {
  const rows: CycleDbRow[] = await manager.query(
    `SELECT c.case_pk, c.cycle, c.status, c.elapsed_seconds, c.progress, c.at_risk, ${INSTANTS.map((name) => `${epochMs(`c.${name}`)} AS ${name}`).join(', ')}
     FROM unnest($1::bigint[], $2::int[], $3::float8[], $4::float8[]) AS k(pk, agency, lo, hi)
     JOIN sla_cycle c ON c.case_pk = k.pk AND c.agency_id = k.agency AND c.started_at BETWEEN ${fromEpochMs('k.lo')} AND ${fromEpochMs('k.hi')}
     ORDER BY c.case_pk, c.cycle`,
    arrayLiterals(pks, agencyIds, ...rangeArrays(ranges)),
  );
  const byCase = new Map<string, StoredCycle[]>();
  for (const row of rows) {
    const list = byCase.get(row.case_pk);
    if (list) list.push(toCycle(row));
    else byCase.set(row.case_pk, [toCycle(row)]);
  }
  return byCase;
}

function toCycle(row: CycleDbRow): StoredCycle {
  return {
    cycle: row.cycle,
    status: row.status,
    startedAt: row.started_at,
    stoppedAt: row.stopped_at,
    cancelledAt: row.cancelled_at,
    elapsedSeconds: row.elapsed_seconds,
    progress: row.progress,
    dueAt: row.due_at,
    atRisk50At: row.at_risk_50_at,
    atRisk75At: row.at_risk_75_at,
    breachedAt: row.breached_at,
    decidedAt: row.decided_at,
    atRisk: row.at_risk,
    firstComputedAt: row.first_computed_at,
  };
}

/** One case's cycles to replace: the stored ones go, the folded ones (with the case's service) come in. */
export interface CycleReplacement {
  readonly pk: string;
  readonly agencyId: number;
  readonly serviceId: number | null;
  readonly previous: readonly StoredCycle[];
  readonly cycles: readonly StoredCycle[];
}

/** Deletes the stored cycles by full key (each found in its own month's partition) and inserts the new ones: two statements. */
export async function replaceCycles(
  manager: EntityManager,
  replacements: readonly CycleReplacement[],
  nowMs: number,
): Promise<void> {
  const stale = replacements.flatMap(({ pk, agencyId, previous }) =>
    previous.map((cycle) => [pk, cycle.cycle, cycle.startedAt, agencyId] as const),
  );
  if (stale.length > 0) {
    await manager.query(
      `DELETE FROM sla_cycle c USING unnest($1::bigint[], $2::int[], $3::float8[], $4::int[]) AS k(pk, cycle, started_ms, agency)
       WHERE c.case_pk = k.pk AND c.cycle = k.cycle AND c.started_at = ${fromEpochMs('k.started_ms')} AND c.agency_id = k.agency`,
      arrayLiterals(
        stale.map(([pk]) => pk),
        stale.map(([, cycle]) => cycle),
        stale.map(([, , startedAt]) => startedAt),
        stale.map(([, , , agencyId]) => agencyId),
      ),
    );
  }
  const written = replacements.flatMap(({ pk, agencyId, serviceId, cycles }) => cycles.map((cycle): WrittenCycle => ({ pk, agencyId, serviceId, cycle })));
  if (written.length === 0) return;
  const source = typedValues(CYCLE_COLUMNS, written, 2);
  await manager.query(
    `INSERT INTO sla_cycle (computed_at, ${CYCLE_COLUMNS.map(([name]) => name).join(', ')})
     SELECT $1, ${CYCLE_COLUMNS.map(sqlValue).join(', ')}
     FROM ${source.from}`,
    [new Date(nowMs), ...source.parameters],
  );
}
