import { arrayLiterals } from '../sql/array-literal';
import { EntityManager } from 'typeorm';
import { EventRange, LockedCase, StoredEvent } from './case-types';
import { readCycles } from './cycle-store';
import { epochMs } from '../sql/epoch-sql';

export interface CaseKey {
  readonly agencyId: number;
  readonly caseId: string;
  /** Where the case's events in the batches being applied lie, when there are any. */
  readonly newEvents?: EventRange;
  /** The case's events in the batches being applied, when the caller read them: a case without a row is folded from these. */
  readonly batchEvents?: readonly StoredEvent[];
}

interface CaseRow {
  id: string;
  agency_id: number;
  case_id: string;
  service_id: number | null;
  sla_definition_id: number | null;
  requesting_agency_id: number;
  channel: string;
  opened_at: number | null;
  open: boolean;
  survey_at: number | null;
  survey_scale: string | null;
  survey_score: number | null;
  survey_channel: string | null;
  events_from: number | null;
  events_to: number | null;
}

/** The columns a fold reads of a case row, instants as epoch milliseconds (`sc`: the row). */
const CASE_COLUMNS = [
  'id', 'agency_id', 'case_id', 'service_id', 'sla_definition_id', 'requesting_agency_id', 'channel', 'open',
  'survey_scale', 'survey_score', 'survey_channel',
].map((column) => `sc.${column}`).concat(['opened_at', 'survey_at', 'events_from', 'events_to'].map((column) => `${epochMs(`sc.${column}`)} AS ${column}`)).join(', ');

/** The union of two ranges (null: none). */
function widen(a: EventRange | null, b: EventRange | undefined): EventRange | null {
  if (!b) return a;
  if (!a) return b;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

const compareKeys = (a: CaseKey, b: CaseKey): number =>
  a.agencyId - b.agencyId || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);

/**
 * Locks the existing rows of the cases `FOR UPDATE` in id order, so two workers touching overlapping
 * cases queue instead of deadlocking; a case without a row gets a reserved id and is inserted, once
 * folded, by `writeCases` (no empty row is written first and then updated).
 * `bounded: false` (the rebuild) reads events and cycles from every partition, whatever the case rows say.
 */
export async function lockCases(manager: EntityManager, keys: readonly CaseKey[], bounded = true): Promise<LockedCase[]> {
  const sorted = [...keys].sort(compareKeys);
  const rows: CaseRow[] = await manager.query(
    `SELECT ${CASE_COLUMNS} FROM sla_case sc JOIN unnest($1::int[], $2::text[]) AS k(a, c) ON sc.agency_id = k.a AND sc.case_id = k.c
     ORDER BY sc.id FOR UPDATE OF sc`,
    arrayLiterals(sorted.map((key) => key.agencyId), sorted.map((key) => key.caseId)),
  );
  const newEvents = new Map(sorted.map((key) => [caseKey(key.agencyId, key.caseId), key.newEvents]));
  const rangeOf = bounded ? (row: CaseRow) => widen(storedRange(row), newEvents.get(caseKey(row.agency_id, row.case_id))) : () => null;
  const stored = await withCycles(manager, rows, rangeOf);
  const found = new Set(rows.map((row) => caseKey(row.agency_id, row.case_id)));
  const missing = sorted.filter((key) => !found.has(caseKey(key.agencyId, key.caseId)));
  const pks = await reserveCasePks(manager, missing.length);
  return [...stored, ...missing.map((key, index) => newCase(pks[index] ?? '', key, bounded ? (key.newEvents ?? null) : null))];
}

/** One case's key across agencies, for maps. */
export const caseKey = (agencyId: number, caseId: string): string => `${agencyId}/${caseId}`;

async function reserveCasePks(manager: EntityManager, count: number): Promise<string[]> {
  if (count === 0) return [];
  const rows: { id: string }[] = await manager.query(`SELECT nextval('sla_case_id_seq')::text AS id FROM generate_series(1, $1)`, [count]);
  return rows.map((row) => row.id);
}

/** A case with no row yet, as an empty row would read (the column defaults), with the events its caller read. */
function newCase(pk: string, key: CaseKey, eventRange: EventRange | null): LockedCase {
  return {
    pk,
    stored: false,
    agencyId: key.agencyId,
    caseId: key.caseId,
    slaDefinitionId: null,
    openedAt: null,
    open: false,
    snapshot: { agencyId: key.agencyId, serviceId: null, requestingAgencyId: 0, channel: '', survey: null },
    cycles: [],
    eventRange,
    knownEvents: key.batchEvents ?? null,
  };
}

function storedRange(row: CaseRow): EventRange | null {
  return row.events_from !== null && row.events_to !== null ? { from: row.events_from, to: row.events_to } : null;
}

/** Locks the given case rows (by primary key) `FOR UPDATE`, in id order. */
export async function lockCasesByPk(manager: EntityManager, pks: readonly string[]): Promise<LockedCase[]> {
  const rows: CaseRow[] = await manager.query(`SELECT ${CASE_COLUMNS} FROM sla_case sc WHERE sc.id = ANY($1::bigint[]) ORDER BY sc.id FOR UPDATE`, arrayLiterals(pks));
  return withCycles(manager, rows, storedRange);
}

/**
 * Locks up to `limit` cases whose next transition has passed (the partial index on
 * `next_transition_at`), skipping cases another transaction holds: that one recomputes them anyway.
 */
export async function lockDueCases(manager: EntityManager, nowMs: number, limit: number): Promise<LockedCase[]> {
  const rows: CaseRow[] = await manager.query(
    `SELECT ${CASE_COLUMNS} FROM sla_case sc WHERE sc.next_transition_at IS NOT NULL AND sc.next_transition_at <= $1
     ORDER BY sc.id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [new Date(nowMs), limit],
  );
  return withCycles(manager, rows, storedRange);
}

/** The locked rows with their stored cycles, read from the partitions of each case's range only. */
async function withCycles(manager: EntityManager, rows: CaseRow[], rangeOf: (row: CaseRow) => EventRange | null): Promise<LockedCase[]> {
  const ranges = rows.map(rangeOf);
  const byCase = await readCycles(manager, rows.map((row) => row.id), rows.map((row) => row.agency_id), ranges);
  return rows.map((row, index) => ({
    pk: row.id,
    stored: true,
    agencyId: row.agency_id,
    caseId: row.case_id,
    slaDefinitionId: row.sla_definition_id,
    openedAt: row.opened_at,
    open: row.open,
    snapshot: {
      agencyId: row.agency_id,
      serviceId: row.service_id,
      requestingAgencyId: row.requesting_agency_id,
      channel: row.channel,
      survey:
        row.survey_at !== null && row.survey_scale !== null && row.survey_score !== null
          ? { at: row.survey_at, scale: row.survey_scale, score: row.survey_score, channel: row.survey_channel ?? '' }
          : null,
    },
    cycles: byCase.get(row.id) ?? [],
    eventRange: ranges[index] ?? null,
    knownEvents: null,
  }));
}
