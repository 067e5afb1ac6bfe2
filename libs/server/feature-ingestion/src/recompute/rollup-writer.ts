import { EntityManager } from 'typeorm';
import { COUNTERS, RollupDelta } from './contributions';
import { addToCounters } from './counter-upsert';
import { ValueColumn } from '../sql/typed-rows';
import { applyMonthDeltas } from './month-rollups';

const KEYS: readonly ValueColumn<RollupDelta>[] = [
  ['service_id', 'int', (delta) => delta.serviceId],
  ['agency_id', 'int', (delta) => delta.agencyId],
  ['requesting_agency_id', 'int', (delta) => delta.requestingAgencyId],
  ['channel', 'text', (delta) => delta.channel],
  ['day', 'date', (delta) => delta.day],
];
// Processing time is tallied in whole milliseconds and written as seconds.
const COUNTER_COLUMNS: readonly ValueColumn<RollupDelta>[] = COUNTERS.map((counter, at): ValueColumn<RollupDelta> =>
  counter === 'elapsed_seconds_sum' ? [counter, 'numeric', (delta) => ((delta.counts[at] ?? 0) / 1000).toFixed(3)] : [counter, 'int', (delta) => delta.counts[at]],
);

/** Adds the deltas to `sla_rollup_day` in one statement, rows in the deltas' stable key order, then to the month rollups. */
export async function applyRollupDeltas(manager: EntityManager, deltas: readonly RollupDelta[]): Promise<void> {
  await addToCounters(manager, 'sla_rollup_day', KEYS, COUNTER_COLUMNS, deltas);
  await applyMonthDeltas(manager, deltas);
}
