import { EntityManager } from 'typeorm';
import { Counter, RollupDelta } from './contributions';
import { addToCounters } from './counter-upsert';
import { ColumnType } from './typed-rows';

/** The counters the month tables keep (no processing time or per-score survey counts). */
const MONTH_COUNTERS: readonly Counter[] = [
  'decided',
  'met',
  'breached',
  'decided_all',
  'met_all',
  'breached_all',
  'opened',
  'reopened',
  'resolved',
  'cancelled',
  'processed',
  'csat_responses',
  'csat_satisfied',
];
const DIGITAL_CHANNELS: ReadonlySet<string> = new Set(['web', 'mobile', 'api']);

interface MonthTable {
  readonly table: string;
  readonly keys: readonly ColumnType[];
  readonly keyOf: (delta: RollupDelta, month: string) => (string | number)[];
  readonly digital: boolean;
}

const KEY_TYPES: Record<string, string> = {
  service_id: 'int',
  agency_id: 'int',
  requesting_agency_id: 'int',
  channel: 'text',
  month: 'date',
};
const keyColumns = (names: string[]): ColumnType[] =>
  names.map((name) => [name, KEY_TYPES[name] ?? 'text']);

/** The month rollups of docs/read-api.md: `sla_rollup_day` summed per month at three grains. */
const MONTH_TABLES: readonly MonthTable[] = [
  {
    table: 'sla_rollup_month',
    keys: keyColumns(['service_id', 'agency_id', 'requesting_agency_id', 'channel', 'month']),
    keyOf: (d, month) => [d.serviceId, d.agencyId, d.requestingAgencyId, d.channel, month],
    digital: false,
  },
  {
    table: 'sla_rollup_service_month',
    keys: keyColumns(['service_id', 'agency_id', 'month']),
    keyOf: (d, month) => [d.serviceId, d.agencyId, month],
    digital: true,
  },
  {
    table: 'sla_rollup_channel_month',
    keys: keyColumns(['service_id', 'agency_id', 'channel', 'month']),
    keyOf: (d, month) => [d.serviceId, d.agencyId, d.channel, month],
    digital: false,
  },
];

const compareKeys = (a: readonly (string | number)[], b: readonly (string | number)[]): number => {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** One table's rows: the day deltas summed per month key, zero rows dropped, sorted by key. */
function monthRows(spec: MonthTable, deltas: readonly RollupDelta[]): Record<string, unknown>[] {
  const rows = new Map<string, { key: (string | number)[]; counts: Record<string, number> }>();
  for (const delta of deltas) {
    const key = spec.keyOf(delta, `${delta.day.slice(0, 7)}-01`);
    const id = key.join('\u0000');
    let row = rows.get(id);
    if (!row) {
      row = { key, counts: {} };
      rows.set(id, row);
    }
    for (const counter of MONTH_COUNTERS)
      row.counts[counter] = (row.counts[counter] ?? 0) + (delta.counts[counter] ?? 0);
    if (spec.digital && DIGITAL_CHANNELS.has(delta.channel))
      row.counts['opened_digital'] =
        (row.counts['opened_digital'] ?? 0) + (delta.counts.opened ?? 0);
  }
  const counterNames = spec.digital ? [...MONTH_COUNTERS, 'opened_digital'] : MONTH_COUNTERS;
  return [...rows.values()]
    .filter((row) => counterNames.some((name) => (row.counts[name] ?? 0) !== 0))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((row) => {
      const record: Record<string, unknown> = {};
      spec.keys.forEach(([name], index) => (record[name] = row.key[index]));
      for (const name of counterNames) record[name] = row.counts[name] ?? 0;
      return record;
    });
}

/**
 * Adds the day deltas to the three month rollups, each touched row once, in key order (so two
 * workers lock month rows in one order and never deadlock). Replaces the statement triggers the
 * day table had before migration WorkerMonthRollups1795600001000.
 */
export async function applyMonthDeltas(
  manager: EntityManager,
  deltas: readonly RollupDelta[],
): Promise<void> {
  for (const { table, keys, counters, rows } of monthDeltas(deltas))
    await addToCounters(manager, table, keys, counters, rows);
}

/** The rows to add to each month rollup for these day deltas (pure). */
export function monthDeltas(
  deltas: readonly RollupDelta[],
): {
  table: string;
  keys: readonly ColumnType[];
  counters: ColumnType[];
  rows: Record<string, unknown>[];
}[] {
  return MONTH_TABLES.map((spec) => ({
    table: spec.table,
    keys: spec.keys,
    counters: [...MONTH_COUNTERS, ...(spec.digital ? ['opened_digital'] : [])].map(
      (name): ColumnType => [name, 'int'],
    ),
    rows: monthRows(spec, deltas),
  }));
}
