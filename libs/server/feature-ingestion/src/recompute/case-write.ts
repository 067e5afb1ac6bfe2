import { EntityManager } from 'typeorm';
import { EventRange, FoldedCase, StoredCycle } from './case-types';
import { sameCycles } from './cycle-changes';
import { replaceCycles } from './cycle-store';
import { INSTANT, sqlValue, typedValues, ValueColumn } from '../sql/typed-rows';

export interface CaseWrite {
  readonly pk: string;
  readonly agencyId: number;
  readonly caseId: string;
  /** As `LockedCase.stored`: false for a case with no row yet, inserted under the reserved `pk`. */
  readonly stored: boolean;
  readonly folded: FoldedCase;
  readonly cycles: readonly StoredCycle[];
  /** The cycles as stored before this fold. */
  readonly previous: readonly StoredCycle[];
  /** The case's service before this fold: the cycles carry a copy of it. */
  readonly previousServiceId: number | null;
  /** Where the folded events lie (null: the case has none). */
  readonly eventRange: EventRange | null;
}

/** A column of the case rows written. */
type CaseColumn = ValueColumn<CaseWrite>;

/** The case columns a fold sets. */
const FOLDED_COLUMNS: readonly CaseColumn[] = [
  ['service_id', 'int', (w) => w.folded.snapshot.serviceId],
  ['sla_definition_id', 'int', (w) => w.folded.slaDefinitionId],
  ['requesting_agency_id', 'int', (w) => w.folded.snapshot.requestingAgencyId],
  ['channel', 'text', (w) => w.folded.snapshot.channel],
  ['opened_at', INSTANT, (w) => w.folded.openedAt],
  ['open', 'boolean', (w) => w.folded.open],
  ['next_transition_at', INSTANT, (w) => w.folded.nextTransitionAt],
  ['survey_at', INSTANT, (w) => w.folded.snapshot.survey?.at ?? null],
  ['survey_scale', 'text', (w) => w.folded.snapshot.survey?.scale ?? null],
  ['survey_score', 'int', (w) => w.folded.snapshot.survey?.score ?? null],
  ['survey_channel', 'text', (w) => w.folded.snapshot.survey?.channel ?? null],
  ['event_count', 'int', (w) => w.folded.eventCount],
  ['events_from', INSTANT, (w) => w.eventRange?.from ?? null],
  ['events_to', INSTANT, (w) => w.eventRange?.to ?? null],
];
const ID_COLUMN: CaseColumn = ['id', 'bigint', (w) => w.pk];
const KEY_COLUMNS: readonly CaseColumn[] = [ID_COLUMN, ['agency_id', 'int', (w) => w.agencyId], ['case_id', 'text', (w) => w.caseId]];

const SET_COLUMNS = FOLDED_COLUMNS.map(([name]) => name);

/**
 * Replaces the cycles that changed (or whose case changed service), inserts the rows of new cases and
 * updates those of the others: four statements at most.
 */
export async function writeCases(manager: EntityManager, writes: readonly CaseWrite[], nowMs: number): Promise<void> {
  if (writes.length === 0) return;
  const changed = writes.filter((write) => !sameCycles(write.previous, write.cycles) || write.previousServiceId !== write.folded.snapshot.serviceId);
  await insertNewCases(manager, writes.filter((write) => !write.stored), nowMs);
  await updateCases(manager, writes.filter((write) => write.stored), nowMs);
  await replaceCycles(
    manager,
    changed.map((write) => ({ pk: write.pk, agencyId: write.agencyId, serviceId: write.folded.snapshot.serviceId, previous: write.previous, cycles: write.cycles })),
    nowMs,
  );
}

/**
 * New cases in one statement. A case another transaction created meanwhile (only possible outside the
 * agency's apply lock) fails the transaction, so that its job retries and folds that row's state too.
 */
async function insertNewCases(manager: EntityManager, writes: readonly CaseWrite[], nowMs: number): Promise<void> {
  if (writes.length === 0) return;
  const source = typedValues([...KEY_COLUMNS, ...FOLDED_COLUMNS], writes, 2);
  const inserted: unknown[] = await manager.query(
    `INSERT INTO sla_case (id, agency_id, case_id, computed_at, ${SET_COLUMNS.join(', ')})
     SELECT x.id, x.agency_id, x.case_id, $1, ${FOLDED_COLUMNS.map(sqlValue).join(', ')}
     FROM ${source.from}
     ORDER BY x.id
     ON CONFLICT (agency_id, case_id) DO NOTHING RETURNING id`,
    [new Date(nowMs), ...source.parameters],
  );
  if (inserted.length < writes.length) {
    throw new Error(`${writes.length - inserted.length} case(s) were created by a concurrent transaction; retry the fold`);
  }
}

async function updateCases(manager: EntityManager, writes: readonly CaseWrite[], nowMs: number): Promise<void> {
  if (writes.length === 0) return;
  const source = typedValues([ID_COLUMN, ...FOLDED_COLUMNS], writes, 2);
  await manager.query(
    `UPDATE sla_case sc SET ${FOLDED_COLUMNS.map((column) => `${column[0]} = ${sqlValue(column)}`).join(', ')}, computed_at = $1
     FROM ${source.from}
     WHERE sc.id = x.id`,
    [new Date(nowMs), ...source.parameters],
  );
}
