import { Counter, COUNTERS, RollupDelta } from './contributions';
import { monthDeltas } from './month-rollups';

const delta = (
  serviceId: number,
  channel: string,
  requestingAgencyId: number,
  day: string,
  counts: Partial<Record<Counter, number>>,
): RollupDelta => ({
  serviceId,
  agencyId: 7,
  requestingAgencyId,
  channel,
  day,
  counts: COUNTERS.map((counter) => counts[counter] ?? 0),
});

/** A table's rows as records, each column's value read as it is written. */
function rowsOf(table: string, deltas: RollupDelta[]): Record<string, unknown>[] {
  const entry = monthDeltas(deltas).find((candidate) => candidate.table === table);
  if (!entry) return [];
  return entry.rows.map((row) => Object.fromEntries([...entry.keys, ...entry.counters].map(([name, , value]) => [name, value(row)])));
}

describe('monthDeltas', () => {
  const deltas = [
    delta(2, 'web', 0, '2026-03-31', { opened: 2, met: 1, elapsed_seconds_sum: 5000, csat5_4: 1 }),
    delta(2, 'counter', 3, '2026-03-01', { opened: 1, breached: 1 }),
    delta(2, 'web', 0, '2026-04-01', { opened: 1 }),
    delta(1, 'web', 0, '2026-03-15', { opened: 1, cancelled: 1 }),
    delta(1, 'web', 0, '2026-03-16', { opened: -1, cancelled: -1 }),
  ];

  it('sums the day deltas per month at every grain, sorted by key, without the counters months do not keep', () => {
    expect(rowsOf('sla_rollup_service_month', deltas)).toEqual([
      expect.objectContaining({
        service_id: 2,
        agency_id: 7,
        month: '2026-03-01',
        opened: 3,
        met: 1,
        breached: 1,
        opened_digital: 2,
      }),
      expect.objectContaining({
        service_id: 2,
        agency_id: 7,
        month: '2026-04-01',
        opened: 1,
        opened_digital: 1,
      }),
    ]);
    expect(rowsOf('sla_rollup_service_month', deltas)[0]).not.toHaveProperty('elapsed_seconds_sum');
    expect(
      rowsOf('sla_rollup_channel_month', deltas).map((row) => [
        row['service_id'],
        row['channel'],
        row['month'],
        row['opened'],
      ]),
    ).toEqual([
      [2, 'counter', '2026-03-01', 1],
      [2, 'web', '2026-03-01', 2],
      [2, 'web', '2026-04-01', 1],
    ]);
    expect(
      rowsOf('sla_rollup_month', deltas).map((row) => [
        row['requesting_agency_id'],
        row['channel'],
        row['month'],
      ]),
    ).toEqual([
      [0, 'web', '2026-03-01'],
      [0, 'web', '2026-04-01'],
      [3, 'counter', '2026-03-01'],
    ]);
  });

  it('drops month rows whose deltas cancel out', () => {
    expect(rowsOf('sla_rollup_month', deltas).some((row) => row['service_id'] === 1)).toBe(false);
    expect(
      rowsOf('sla_rollup_service_month', [delta(5, 'web', 0, '2026-01-02', { opened: 0 })]),
    ).toEqual([]);
  });
});
