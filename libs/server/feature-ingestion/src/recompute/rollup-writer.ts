import { EntityManager } from 'typeorm';
import { COUNTERS, RollupDelta } from './contributions';
import { addColumnsToCounters } from './counter-upsert';
import { ColumnType } from '../sql/typed-rows';
import { applyMonthDeltas } from './month-rollups';

const KEYS: readonly ColumnType[] = [['service_id', 'int'], ['agency_id', 'int'], ['requesting_agency_id', 'int'], ['channel', 'text'], ['day', 'date']];
const COUNTER_TYPES: readonly ColumnType[] = COUNTERS.map((counter) => [counter, counter === 'elapsed_seconds_sum' ? 'numeric' : 'int']);

/** Adds the deltas to `sla_rollup_day` in one statement, rows in the deltas' stable key order, then to the month rollups. */
export async function applyRollupDeltas(manager: EntityManager, deltas: readonly RollupDelta[]): Promise<void> {
  const keys = [
    deltas.map((delta) => delta.serviceId),
    deltas.map((delta) => delta.agencyId),
    deltas.map((delta) => delta.requestingAgencyId),
    deltas.map((delta) => delta.channel),
    deltas.map((delta) => delta.day),
  ];
  // Tallied in whole milliseconds, written as seconds.
  const counters = COUNTERS.map((counter, at) =>
    counter === 'elapsed_seconds_sum' ? deltas.map((delta) => ((delta.counts[at] ?? 0) / 1000).toFixed(3)) : deltas.map((delta) => delta.counts[at]),
  );
  await addColumnsToCounters(manager, 'sla_rollup_day', KEYS, COUNTER_TYPES, [...keys, ...counters]);
  await applyMonthDeltas(manager, deltas);
}
