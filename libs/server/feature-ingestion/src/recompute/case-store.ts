import { EntityManager } from 'typeorm';
import { EventRange, FoldedCase, LockedCase, StoredCycle } from './case-types';
import { sameCycles } from './cycle-changes';
import { readCycles, replaceCycles } from './cycle-store';
import { fromEpochMs } from './epoch-sql';

export interface CaseKey {
  readonly agencyId: number;
  readonly caseId: string;
  /** Where the case's events in the batches being applied lie, when there are any. */
  readonly newEvents?: EventRange;
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
  events_from: Date | null;
  events_to: Date | null;
}

const ms = (date: Date | null): number | null => (date === null ? null : date.getTime());

/** The union of two ranges (null: none). */
function widen(a: EventRange | null, b: EventRange | undefined): EventRange | null {
  if (!b) return a;
  if (!a) return b;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

const compareKeys = (a: CaseKey, b: CaseKey): number =>
  a.agencyId - b.agencyId || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);

/**
 * Creates missing case rows, then locks every case row `FOR UPDATE`, both in one stable order
 * (by key, then by id), so two workers touching overlapping cases queue instead of deadlocking.
 * `bounded: false` (the rebuild) reads events and cycles from every partition, whatever the case rows say.
 */
export async function lockCases(manager: EntityManager, keys: readonly CaseKey[], bounded = true): Promise<LockedCase[]> {
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
  if (!bounded) return withCycles(manager, rows, () => null);
  const newEvents = new Map(sorted.map((key) => [`${key.agencyId}/${key.caseId}`, key.newEvents]));
  return withCycles(manager, rows, (row) => widen(storedRange(row), newEvents.get(`${row.agency_id}/${row.case_id}`)));
}

function storedRange(row: CaseRow): EventRange | null {
  return row.events_from && row.events_to ? { from: row.events_from.getTime(), to: row.events_to.getTime() } : null;
}

/** Locks the given case rows (by primary key) `FOR UPDATE`, in id order. */
export async function lockCasesByPk(manager: EntityManager, pks: readonly string[]): Promise<LockedCase[]> {
  const rows: CaseRow[] = await manager.query(`SELECT * FROM sla_case WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE`, [pks]);
  return withCycles(manager, rows, storedRange);
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
  return withCycles(manager, rows, storedRange);
}

/** The locked rows with their stored cycles, read from the partitions of each case's range only. */
async function withCycles(manager: EntityManager, rows: CaseRow[], rangeOf: (row: CaseRow) => EventRange | null): Promise<LockedCase[]> {
  const ranges = rows.map(rangeOf);
  const byCase = await readCycles(manager, rows.map((row) => row.id), ranges);
  return rows.map((row, index) => ({
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
    eventRange: ranges[index] ?? null,
  }));
}

export interface CaseWrite {
  readonly pk: string;
  readonly folded: FoldedCase;
  readonly cycles: readonly StoredCycle[];
  /** The cycles as stored before this fold. */
  readonly previous: readonly StoredCycle[];
  /** The case's service before this fold: the cycles carry a copy of it. */
  readonly previousServiceId: number | null;
  /** Where the folded events lie (null: the case has none). */
  readonly eventRange: EventRange | null;
}

/** Replaces the cycles that changed (or whose case changed service) and updates the case rows of every written case: three statements at most. */
export async function writeCases(manager: EntityManager, writes: readonly CaseWrite[], nowMs: number): Promise<void> {
  if (writes.length === 0) return;
  const changed = writes.filter((write) => !sameCycles(write.previous, write.cycles) || write.previousServiceId !== write.folded.snapshot.serviceId);
  await replaceCycles(
    manager,
    changed.map((write) => ({ pk: write.pk, serviceId: write.folded.snapshot.serviceId, previous: write.previous, cycles: write.cycles })),
    nowMs,
  );
  const cases = writes.map(({ pk, folded, eventRange }) => ({
    id: pk,
    service_id: folded.snapshot.serviceId,
    sla_definition_id: folded.slaDefinitionId,
    requesting_agency_id: folded.snapshot.requestingAgencyId,
    channel: folded.snapshot.channel,
    opened_at: folded.openedAt,
    open: folded.open,
    next_transition_at: folded.nextTransitionAt,
    survey_at: folded.snapshot.survey?.at ?? null,
    survey_scale: folded.snapshot.survey?.scale ?? null,
    survey_score: folded.snapshot.survey?.score ?? null,
    survey_channel: folded.snapshot.survey?.channel ?? null,
    event_count: folded.eventCount,
    events_from: eventRange?.from ?? null,
    events_to: eventRange?.to ?? null,
  }));
  await manager.query(
    `UPDATE sla_case sc SET service_id = x.service_id, sla_definition_id = x.sla_definition_id,
       requesting_agency_id = x.requesting_agency_id, channel = x.channel, opened_at = ${fromEpochMs('x.opened_at')}, open = x.open,
       next_transition_at = ${fromEpochMs('x.next_transition_at')}, survey_at = ${fromEpochMs('x.survey_at')}, survey_scale = x.survey_scale,
       survey_score = x.survey_score, survey_channel = x.survey_channel, event_count = x.event_count, computed_at = $2,
       events_from = ${fromEpochMs('x.events_from')}, events_to = ${fromEpochMs('x.events_to')}
     FROM jsonb_to_recordset($1::jsonb) AS x(id bigint, service_id int, sla_definition_id int, requesting_agency_id int, channel text,
       opened_at float8, open boolean, next_transition_at float8, survey_at float8, survey_scale text, survey_score int, survey_channel text,
       event_count int, events_from float8, events_to float8)
     WHERE sc.id = x.id`,
    [JSON.stringify(cases), new Date(nowMs)],
  );
}
