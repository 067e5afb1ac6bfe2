import { CycleStatus } from '@ws/sla-engine';
import { EntityManager } from 'typeorm';
import { FoldedCase, LockedCase, StoredCycle } from './case-types';
import { sameCycles } from './cycle-changes';

export interface CaseKey {
  readonly agencyId: number;
  readonly caseId: string;
}

interface CaseRow {
  id: string;
  agency_id: number;
  case_id: string;
  service_id: number | null;
  sla_definition_id: number | null;
  requesting_agency_id: number;
  channel: string;
  opened_at: Date | null;
  open: boolean;
  survey_at: Date | null;
  survey_scale: string | null;
  survey_score: number | null;
  survey_channel: string | null;
}

interface CycleDbRow {
  case_pk: string;
  cycle: number;
  status: CycleStatus;
  started_at: Date;
  stopped_at: Date | null;
  cancelled_at: Date | null;
  elapsed_seconds: number;
  progress: number;
  due_at: Date | null;
  at_risk_50_at: Date | null;
  at_risk_75_at: Date | null;
  breached_at: Date | null;
  decided_at: Date | null;
  at_risk: boolean;
  first_computed_at: Date;
}

const ms = (date: Date | null): number | null => (date === null ? null : date.getTime());
const iso = (instant: number | null): string | null => (instant === null ? null : new Date(instant).toISOString());
const compareKeys = (a: CaseKey, b: CaseKey): number =>
  a.agencyId - b.agencyId || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);

/**
 * Creates missing case rows, then locks every case row `FOR UPDATE`, both in one stable order
 * (by key, then by id), so two workers touching overlapping cases queue instead of deadlocking.
 */
export async function lockCases(manager: EntityManager, keys: readonly CaseKey[]): Promise<LockedCase[]> {
  const sorted = [...keys].sort(compareKeys);
  await manager.query(
    `INSERT INTO sla_case (agency_id, case_id)
     SELECT a, c FROM unnest($1::int[], $2::text[]) WITH ORDINALITY AS k(a, c, n) ORDER BY n
     ON CONFLICT (agency_id, case_id) DO NOTHING`,
    [sorted.map((key) => key.agencyId), sorted.map((key) => key.caseId)],
  );
  const rows: CaseRow[] = await manager.query(
    `SELECT sc.* FROM sla_case sc JOIN unnest($1::int[], $2::text[]) AS k(a, c) ON sc.agency_id = k.a AND sc.case_id = k.c
     ORDER BY sc.id FOR UPDATE OF sc`,
    [sorted.map((key) => key.agencyId), sorted.map((key) => key.caseId)],
  );
  return withCycles(manager, rows);
}

/** Locks the given case rows (by primary key) `FOR UPDATE`, in id order. */
export async function lockCasesByPk(manager: EntityManager, pks: readonly string[]): Promise<LockedCase[]> {
  const rows: CaseRow[] = await manager.query(`SELECT * FROM sla_case WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE`, [pks]);
  return withCycles(manager, rows);
}

/**
 * Locks up to `limit` cases whose next transition has passed (the partial index on
 * `next_transition_at`), skipping cases another transaction holds: that one recomputes them anyway.
 */
export async function lockDueCases(manager: EntityManager, nowMs: number, limit: number): Promise<LockedCase[]> {
  const rows: CaseRow[] = await manager.query(
    `SELECT * FROM sla_case WHERE next_transition_at IS NOT NULL AND next_transition_at <= $1
     ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [new Date(nowMs), limit],
  );
  return withCycles(manager, rows);
}

async function withCycles(manager: EntityManager, rows: CaseRow[]): Promise<LockedCase[]> {
  const cycles: CycleDbRow[] = await manager.query(
    `SELECT * FROM sla_cycle WHERE case_pk = ANY($1::bigint[]) ORDER BY case_pk, cycle`,
    [rows.map((row) => row.id)],
  );
  const byCase = new Map<string, StoredCycle[]>();
  for (const cycle of cycles) {
    const list = byCase.get(cycle.case_pk);
    if (list) list.push(toCycle(cycle));
    else byCase.set(cycle.case_pk, [toCycle(cycle)]);
  }
  return rows.map((row) => ({
    pk: row.id,
    agencyId: row.agency_id,
    caseId: row.case_id,
    slaDefinitionId: row.sla_definition_id,
    openedAt: ms(row.opened_at),
    open: row.open,
    snapshot: {
      agencyId: row.agency_id,
      serviceId: row.service_id,
      requestingAgencyId: row.requesting_agency_id,
      channel: row.channel,
      survey:
        row.survey_at && row.survey_scale !== null && row.survey_score !== null
          ? { at: row.survey_at.getTime(), scale: row.survey_scale, score: row.survey_score, channel: row.survey_channel ?? '' }
          : null,
    },
    cycles: byCase.get(row.id) ?? [],
  }));
}

function toCycle(row: CycleDbRow): StoredCycle {
  return {
    cycle: row.cycle,
    status: row.status,
    startedAt: row.started_at.getTime(),
    stoppedAt: ms(row.stopped_at),
    cancelledAt: ms(row.cancelled_at),
    elapsedSeconds: row.elapsed_seconds,
    progress: row.progress,
    dueAt: ms(row.due_at),
    atRisk50At: ms(row.at_risk_50_at),
    atRisk75At: ms(row.at_risk_75_at),
    breachedAt: ms(row.breached_at),
    decidedAt: ms(row.decided_at),
    atRisk: row.at_risk,
    firstComputedAt: row.first_computed_at.getTime(),
  };
}

export interface CaseWrite {
  readonly pk: string;
  readonly folded: FoldedCase;
  readonly cycles: readonly StoredCycle[];
  /** The cycles as stored before this fold. */
  readonly previous: readonly StoredCycle[];
  /** The case's service before this fold: the cycles carry a copy of it. */
  readonly previousServiceId: number | null;
}

/** Replaces the cycles that changed (or whose case changed service) and updates the case rows of every written case: three statements at most. */
export async function writeCases(manager: EntityManager, writes: readonly CaseWrite[], nowMs: number): Promise<void> {
  if (writes.length === 0) return;
  const changed = writes.filter((write) => !sameCycles(write.previous, write.cycles) || write.previousServiceId !== write.folded.snapshot.serviceId);
  if (changed.length > 0) {
    await manager.query(`DELETE FROM sla_cycle WHERE case_pk = ANY($1::bigint[])`, [changed.map((write) => write.pk)]);
  }
  const cycles = changed.flatMap((write) => write.cycles.map((cycle) => cycleRecord(write.pk, write.folded.snapshot.serviceId, cycle, nowMs)));
  if (cycles.length > 0) {
    await manager.query(
      `INSERT INTO sla_cycle SELECT * FROM jsonb_populate_recordset(NULL::sla_cycle, $1::jsonb)`,
      [JSON.stringify(cycles)],
    );
  }
  const cases = writes.map(({ pk, folded }) => ({
    id: pk,
    service_id: folded.snapshot.serviceId,
    sla_definition_id: folded.slaDefinitionId,
    requesting_agency_id: folded.snapshot.requestingAgencyId,
    channel: folded.snapshot.channel,
    opened_at: iso(folded.openedAt),
    open: folded.open,
    next_transition_at: iso(folded.nextTransitionAt),
    survey_at: iso(folded.snapshot.survey?.at ?? null),
    survey_scale: folded.snapshot.survey?.scale ?? null,
    survey_score: folded.snapshot.survey?.score ?? null,
    survey_channel: folded.snapshot.survey?.channel ?? null,
    event_count: folded.eventCount,
  }));
  await manager.query(
    `UPDATE sla_case sc SET service_id = x.service_id, sla_definition_id = x.sla_definition_id,
       requesting_agency_id = x.requesting_agency_id, channel = x.channel, opened_at = x.opened_at, open = x.open,
       next_transition_at = x.next_transition_at, survey_at = x.survey_at, survey_scale = x.survey_scale,
       survey_score = x.survey_score, survey_channel = x.survey_channel, event_count = x.event_count, computed_at = $2
     FROM jsonb_populate_recordset(NULL::sla_case, $1::jsonb) AS x WHERE sc.id = x.id`,
    [JSON.stringify(cases), new Date(nowMs)],
  );
}

function cycleRecord(pk: string, serviceId: number | null, cycle: StoredCycle, nowMs: number): Record<string, unknown> {
  return {
    case_pk: pk,
    cycle: cycle.cycle,
    service_id: serviceId,
    status: cycle.status,
    started_at: iso(cycle.startedAt),
    stopped_at: iso(cycle.stoppedAt),
    cancelled_at: iso(cycle.cancelledAt),
    elapsed_seconds: cycle.elapsedSeconds,
    progress: cycle.progress,
    due_at: iso(cycle.dueAt),
    at_risk_50_at: iso(cycle.atRisk50At),
    at_risk_75_at: iso(cycle.atRisk75At),
    breached_at: iso(cycle.breachedAt),
    decided_at: iso(cycle.decidedAt),
    at_risk: cycle.atRisk,
    first_computed_at: iso(cycle.firstComputedAt),
    computed_at: iso(nowMs),
  };
}
