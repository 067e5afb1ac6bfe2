import { EntityManager } from 'typeorm';
import { COUNTERS, RollupDelta } from './contributions';
import { addToCounters } from './counter-upsert';
import { ColumnType } from './typed-rows';
import { applyMonthDeltas } from './month-rollups';

const KEYS: readonly ColumnType[] = [['service_id', 'int'], ['agency_id', 'int'], ['requesting_agency_id', 'int'], ['channel', 'text'], ['day', 'date']];
const COUNTER_TYPES: readonly ColumnType[] = COUNTERS.map((counter) => [counter, counter === 'elapsed_seconds_sum' ? 'numeric' : 'int']);

/** Adds the deltas to `sla_rollup_day` in one statement, rows in the deltas' stable key order, then to the month rollups. */
export async function applyRollupDeltas(manager: EntityManager, deltas: readonly RollupDelta[]): Promise<void> {
  const rows = deltas.map((delta) => {
    const counts: Record<string, number | string> = {};
    for (const counter of COUNTERS) counts[counter] = delta.counts[counter] ?? 0;
    counts['elapsed_seconds_sum'] = ((delta.counts['elapsed_seconds_sum'] ?? 0) / 1000).toFixed(3);
    return {
      service_id: delta.serviceId,
      agency_id: delta.agencyId,
      requesting_agency_id: delta.requestingAgencyId,
      channel: delta.channel,
      day: delta.day,
      ...counts,
    };
  });
  await addToCounters(manager, 'sla_rollup_day', KEYS, COUNTER_TYPES, rows);
  await applyMonthDeltas(manager, deltas);
}
