import { EntityManager } from 'typeorm';
import { CaseDefinition, CycleRow, DECIDED_STATUSES, LockedCase, StoredCycle } from './case-types';
import { CaseWrite, writeCases } from './case-write';
import { eventRangeOf, loadEvents } from './load-events';
import { RollupTally } from './contributions';
import { loadAgencyIds, loadDefinitions } from './definitions';
import { foldCase } from './fold-case';
import { crossedThresholds, insertNotifications, NotificationRow } from './notifications';
import { applyBacklogChanges, BacklogTally } from './backlog-counts';
import { bumpProcessingVersions } from './processing-versions';
import { applyRollupDeltas } from './rollup-writer';

/**
 * `events`: a pure fold of every event (batches, the sweep). `rebuild`: the same, without
 * notifications (rebuild from scratch). `open-only`: a calendar or definition change; decided
 * cycles are frozen and a would-be change is recorded in `restatement_pending` instead.
 * `restate`: an approved restatement; the approved cycles (`restatementKey`) take their new
 * figures, every other decided cycle stays frozen as in `open-only`; no notifications.
 */
export type RecomputeMode =
  | { kind: 'events' }
  | { kind: 'rebuild' }
  | { kind: 'open-only'; reason: string }
  | { kind: 'restate'; reason: string; approved: ReadonlySet<string> };

/** Identifies one cycle of one case in an approved restatement. */
export const restatementKey = (casePk: string, cycle: number): string => `${casePk}:${cycle}`;

export interface Restatement {
  readonly casePk: string;
  readonly cycle: number;
  readonly before: CycleRow;
  readonly after: CycleRow | null;
}

/**
 * Recomputes locked cases as a pure fold over all their events and writes cycles, case rows,
 * rollup deltas (new contributions minus old) and notifications with the caller's transaction.
 */
export async function recomputeLocked(
  manager: EntityManager,
  cases: readonly LockedCase[],
  nowMs: number,
  mode: RecomputeMode,
): Promise<number> {
  if (cases.length === 0) return 0;
  await readCaseByCase(manager);
  const events = await loadEvents(manager, cases);
  const serviceIds = [...events.values()].flatMap((list) => list.map((event) => event.serviceId));
  const definitions = await loadDefinitions(manager, serviceIds);
  const agencyIdByCode = await loadAgencyIds(manager);
  const tally = new RollupTally();
  const backlog = new BacklogTally();
  const writes: CaseWrite[] = [];
  const notifications: NotificationRow[] = [];
  const restatements: Restatement[] = [];
  for (const locked of cases) {
    const caseEvents = events.get(locked.pk) ?? [];
    const services = new Set(caseEvents.map((event) => event.serviceId));
    const folded = foldCase({
      agencyId: locked.agencyId,
      events: caseEvents,
      definitions: [...services].flatMap((id): CaseDefinition[] => definitions.get(id) ?? []),
      kept: { definitionId: locked.slaDefinitionId, openedAt: locked.openedAt },
      agencyIdByCode,
      nowMs,
    });
    const fresh = withFirstComputed(folded.cycles, locked.cycles, nowMs);
    const approved = mode.kind === 'restate' ? mode.approved : new Set<string>();
    const cycles = mode.kind === 'open-only' || mode.kind === 'restate' ? freezeDecided(locked, fresh, restatements, approved) : fresh;
    // A rebuild starts from emptied rollups: nothing to take back.
    if (mode.kind === 'rebuild') tally.addCase(folded.snapshot, cycles, 1);
    else {
      tally.addChange(locked.snapshot, locked.cycles, folded.snapshot, cycles);
      backlog.addCase(locked.snapshot, locked.open, locked.cycles, -1);
    }
    backlog.addCase(folded.snapshot, folded.open, cycles, 1);
    writes.push({ pk: locked.pk, agencyId: locked.agencyId, caseId: locked.caseId, stored: locked.stored, folded, cycles, previous: locked.cycles, previousServiceId: locked.snapshot.serviceId, eventRange: eventRangeOf(caseEvents) });
    if (mode.kind === 'events' || mode.kind === 'open-only') {
      for (const cycle of cycles) notifications.push(...crossedThresholds(locked.agencyId, locked.pk, cycle, nowMs));
    }
  }
  await writeCases(manager, writes, nowMs);
  await insertNotifications(manager, notifications);
  if (mode.kind === 'open-only' || mode.kind === 'restate') await insertRestatements(manager, restatements, mode.reason);
  // The shared counter rows last, in one stable key order: they stay locked only until the commit.
  await applyRollupDeltas(manager, tally.deltas());
  await applyBacklogChanges(manager, backlog);
  await bumpProcessingVersions(manager, writes);
  return writes.length;
}

/**
 * For the rest of the transaction, joins from the cases (or batches) to their events and cycles are
 * nested loops over the indexes of the partitions each one's range keeps: the work grows with the
 * cases folded, never with the months of history. (Given a few thousand cases, the planner would otherwise
 * sort whole month partitions for a merge join, in parallel workers.)
 */
export async function readCaseByCase(manager: EntityManager): Promise<void> {
  await manager.query(
    `SELECT set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`,
  );
}

function withFirstComputed(cycles: readonly CycleRow[], old: readonly StoredCycle[], nowMs: number): StoredCycle[] {
  return cycles.map((cycle) => ({
    ...cycle,
    firstComputedAt: old.find((previous) => previous.cycle === cycle.cycle)?.firstComputedAt ?? nowMs,
  }));
}

const decisionOf = (cycle: CycleRow | undefined): string =>
  cycle ? JSON.stringify([cycle.status, cycle.decidedAt, cycle.stoppedAt, cycle.cancelledAt]) : 'none';

/** Keeps every previously decided cycle (but approved ones) as it was; records the change a recompute would have made. */
function freezeDecided(locked: LockedCase, fresh: readonly StoredCycle[], restatements: Restatement[], approved: ReadonlySet<string>): StoredCycle[] {
  const frozen = locked.cycles.filter((cycle) => DECIDED_STATUSES.includes(cycle.status) && !approved.has(restatementKey(locked.pk, cycle.cycle)));
  const result = new Map(fresh.map((cycle) => [cycle.cycle, cycle]));
  for (const before of frozen) {
    const after = result.get(before.cycle);
    if (decisionOf(after) === decisionOf(before)) continue;
    restatements.push({ casePk: locked.pk, cycle: before.cycle, before, after: after ?? null });
    result.set(before.cycle, before);
  }
  return [...result.values()].sort((a, b) => a.cycle - b.cycle);
}

/** One pending row per cycle and reason: a later recompute for the same reason replaces its `after`. */
async function insertRestatements(manager: EntityManager, rows: readonly Restatement[], reason: string): Promise<void> {
  if (rows.length === 0) return;
  const keys = [rows.map((row) => row.casePk), rows.map((row) => row.cycle)];
  await manager.query(
    `DELETE FROM restatement_pending p USING unnest($1::bigint[], $2::int[]) AS k(case_pk, cycle)
     WHERE p.case_pk = k.case_pk AND p.cycle = k.cycle AND p.reason = $3`,
    [...keys, reason],
  );
  await manager.query(
    `INSERT INTO restatement_pending (case_pk, cycle, reason, before, after)
     SELECT case_pk, cycle, $2, before, after FROM jsonb_to_recordset($1::jsonb) AS x(case_pk bigint, cycle int, before jsonb, after jsonb)`,
    [JSON.stringify(rows.map((row) => ({ case_pk: row.casePk, cycle: row.cycle, before: row.before, after: row.after ?? {} }))), reason],
  );
}
