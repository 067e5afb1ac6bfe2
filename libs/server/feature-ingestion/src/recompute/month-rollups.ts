import { EntityManager } from 'typeorm';
import { Counter, COUNTER_AT, RollupDelta } from './contributions';
import { addToCounters } from './counter-upsert';
import { ValueColumn } from '../sql/typed-rows';

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

/** A month rollup row being summed: its key, then its counters (`counterNames`). */
interface MonthRow {
  readonly key: (string | number)[];
  readonly counts: number[];
}

interface MonthTable {
  readonly table: string;
  readonly keys: readonly ValueColumn<MonthRow>[];
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
const keyColumns = (names: string[]): ValueColumn<MonthRow>[] =>
  names.map((name, at) => [name, KEY_TYPES[name] ?? 'text', (row) => row.key[at]]);

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

/** Where each month counter is in a day delta's counts. */
const MONTH_AT = MONTH_COUNTERS.map((counter) => COUNTER_AT[counter]);

const compareKeys = (a: readonly (string | number)[], b: readonly (string | number)[]): number => {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** The month counters of a table, `opened_digital` last where it keeps one. */
const counterNames = (spec: MonthTable): readonly string[] => (spec.digital ? [...MONTH_COUNTERS, 'opened_digital'] : MONTH_COUNTERS);

/** One table's rows: the day deltas summed per month key, zero rows dropped, sorted by key. */
function monthRows(spec: MonthTable, deltas: readonly RollupDelta[]): MonthRow[] {
  const width = counterNames(spec).length;
  const rows = new Map<string, MonthRow>();
  for (const delta of deltas) {
    const key = spec.keyOf(delta, `${delta.day.slice(0, 7)}-01`);
    const id = key.join('\u0000');
    let row = rows.get(id);
    if (!row) {
      row = { key, counts: new Array<number>(width).fill(0) };
      rows.set(id, row);
    }
    for (let i = 0; i < MONTH_AT.length; i += 1) row.counts[i] += delta.counts[MONTH_AT[i] as number] ?? 0;
    if (spec.digital && DIGITAL_CHANNELS.has(delta.channel)) row.counts[MONTH_AT.length] += delta.counts[COUNTER_AT.opened] ?? 0;
  }
  return [...rows.values()].filter((row) => row.counts.some((count) => count !== 0)).sort((a, b) => compareKeys(a.key, b.key));
}

/**
 * Adds the day deltas to the three month rollups, each touched row once, in key order (so two
 * workers lock month rows in one order and never deadlock). Replaces the statement triggers the
 * day table had before migration WorkerMonthRollups1795600001000.
 */
export async function applyMonthDeltas(manager: EntityManager, deltas: readonly RollupDelta[]): Promise<void> {
  for (const { table, keys, counters, rows } of monthDeltas(deltas)) await addToCounters(manager, table, keys, counters, rows);
}

/** The rows to add to each month rollup for these day deltas (pure), with the columns they are written as. */
export function monthDeltas(deltas: readonly RollupDelta[]): {
  table: string;
  keys: readonly ValueColumn<MonthRow>[];
  counters: ValueColumn<MonthRow>[];
  rows: MonthRow[];
}[] {
  return MONTH_TABLES.map((spec) => ({
    table: spec.table,
    keys: spec.keys,
    counters: counterNames(spec).map((name, at): ValueColumn<MonthRow> => [name, 'int', (row) => row.counts[at]]),
    rows: monthRows(spec, deltas),
  }));
}
