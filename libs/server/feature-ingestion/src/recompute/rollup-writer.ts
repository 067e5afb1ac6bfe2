import { EntityManager } from 'typeorm';
import { COUNTERS, RollupDelta } from './contributions';

const assignments = COUNTERS.map((counter) => `${counter} = r.${counter} + EXCLUDED.${counter}`).join(', ');
const columns = COUNTERS.map((counter) => (counter === 'elapsed_seconds_sum' ? `${counter} numeric` : `${counter} int`)).join(', ');

/**
 * Adds the deltas to `sla_rollup_day` in one statement, rows in the deltas' stable key order
 * (two transactions never take the same rollup rows in opposite orders).
 */
export async function applyRollupDeltas(manager: EntityManager, deltas: readonly RollupDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const records = deltas.map((delta, index) => {
    const counts: Record<string, number | string> = {};
    for (const counter of COUNTERS) counts[counter] = delta.counts[counter] ?? 0;
    counts['elapsed_seconds_sum'] = ((delta.counts['elapsed_seconds_sum'] ?? 0) / 1000).toFixed(3);
    return {
      n: index,
      service_id: delta.serviceId,
      agency_id: delta.agencyId,
      requesting_agency_id: delta.requestingAgencyId,
      channel: delta.channel,
      day: delta.day,
      ...counts,
    };
  });
  await manager.query(
    `INSERT INTO sla_rollup_day AS r (service_id, agency_id, requesting_agency_id, channel, day, ${COUNTERS.join(', ')})
     SELECT service_id, agency_id, requesting_agency_id, channel, day, ${COUNTERS.join(', ')}
     FROM jsonb_to_recordset($1::jsonb) AS x(n int, service_id int, agency_id int, requesting_agency_id int, channel text, day date, ${columns})
     ORDER BY n
     ON CONFLICT (service_id, agency_id, requesting_agency_id, channel, day) DO UPDATE SET ${assignments}`,
    [JSON.stringify(records)],
  );
}
