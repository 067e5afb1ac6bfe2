import { EntityManager } from 'typeorm';
import { CaseSnapshot, CycleRow } from './case-types';
import { addToCounters } from './counter-upsert';
import { ValueColumn } from '../sql/typed-rows';

export const BACKLOG_STATES = ['running', 'paused', 'at_risk', 'breached'] as const;
export type BacklogState = (typeof BACKLOG_STATES)[number];

/**
 * Where an open case counts in the backlog: the state of its last cycle if that cycle's clock is
 * still open (running or paused split from at risk; breached = `breached_open`), else nowhere.
 */
export function backlogState(open: boolean, cycles: readonly CycleRow[]): BacklogState | null {
  if (!open) return null;
  const last = cycles.reduce<CycleRow | null>((latest, cycle) => (latest === null || cycle.cycle > latest.cycle ? cycle : latest), null);
  if (last === null) return null;
  if (last.status === 'breached_open') return 'breached';
  if (last.status !== 'running' && last.status !== 'paused') return null;
  return last.atRisk ? 'at_risk' : last.status;
}

interface BacklogRow {
  readonly serviceId: number;
  readonly agencyId: number;
  readonly requestingAgencyId: number;
  readonly channel: string;
  readonly counts: Record<BacklogState, number>;
}

/** Signed changes to `sla_backlog` of one fold: every case's old state taken away, its new one added. */
export class BacklogTally {
  private readonly rows = new Map<string, BacklogRow>();

  addCase(snapshot: CaseSnapshot, open: boolean, cycles: readonly CycleRow[], sign: 1 | -1): void {
    const state = backlogState(open, cycles);
    if (state === null || snapshot.serviceId === null) return;
    const key = [snapshot.serviceId, snapshot.agencyId, snapshot.requestingAgencyId, snapshot.channel];
    const id = JSON.stringify(key);
    const row = this.rows.get(id) ?? {
      serviceId: snapshot.serviceId,
      agencyId: snapshot.agencyId,
      requestingAgencyId: snapshot.requestingAgencyId,
      channel: snapshot.channel,
      counts: { running: 0, paused: 0, at_risk: 0, breached: 0 },
    };
    row.counts[state] += sign;
    this.rows.set(id, row);
  }

  /** Rows whose changes do not cancel out, in a stable order (the order their rows are locked in). */
  changes(): BacklogRow[] {
    return [...this.rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row)
      .filter((row) => BACKLOG_STATES.some((state) => row.counts[state] !== 0));
  }
}

const KEYS: readonly ValueColumn<BacklogRow>[] = [
  ['service_id', 'int', (row) => row.serviceId],
  ['agency_id', 'int', (row) => row.agencyId],
  ['requesting_agency_id', 'int', (row) => row.requestingAgencyId],
  ['channel', 'text', (row) => row.channel],
];
const STATE_COLUMNS: readonly ValueColumn<BacklogRow>[] = BACKLOG_STATES.map((state): ValueColumn<BacklogRow> => [state, 'int', (row) => row.counts[state]]);

/** Adds the tally's changes to `sla_backlog` in one statement, rows in key order. */
export async function applyBacklogChanges(manager: EntityManager, tally: BacklogTally): Promise<void> {
  await addToCounters(manager, 'sla_backlog', KEYS, STATE_COLUMNS, tally.changes());
}
