import { CompiledCalendar, CycleStatus, SlaTarget } from '@ws/sla-engine';

/** An accepted event of a case, as stored in `feed_event` (instants as epoch milliseconds). */
export interface StoredEvent {
  readonly eventId: string;
  readonly type: string;
  readonly serviceId: number;
  readonly occurredAt: number;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** The SLA definition version a case is evaluated with, its calendar compiled. */
export interface CaseDefinition {
  readonly id: number;
  readonly serviceId: number;
  readonly effectiveFrom: number;
  readonly target: SlaTarget;
  readonly atRiskRatio: number;
  readonly calendarId: number;
  readonly calendar: CompiledCalendar;
}

export interface CaseSurvey {
  readonly at: number;
  readonly scale: string;
  readonly score: number;
  readonly channel: string;
}

/** Dimensions and survey of a case: what its rollup contributions are keyed by. */
export interface CaseSnapshot {
  readonly agencyId: number;
  readonly serviceId: number | null;
  readonly requestingAgencyId: number;
  readonly channel: string;
  readonly survey: CaseSurvey | null;
}

export interface CycleRow {
  readonly cycle: number;
  readonly status: CycleStatus;
  readonly startedAt: number;
  readonly stoppedAt: number | null;
  readonly cancelledAt: number | null;
  readonly elapsedSeconds: number;
  readonly progress: number;
  readonly dueAt: number | null;
  readonly atRisk50At: number | null;
  readonly atRisk75At: number | null;
  readonly breachedAt: number | null;
  readonly decidedAt: number | null;
  readonly atRisk: boolean;
}

/** A cycle as stored, with when it was first computed. */
export interface StoredCycle extends CycleRow {
  readonly firstComputedAt: number;
}

/** The result of folding all of a case's events. */
export interface FoldedCase {
  readonly snapshot: CaseSnapshot;
  readonly slaDefinitionId: number | null;
  readonly openedAt: number | null;
  readonly open: boolean;
  readonly nextTransitionAt: number | null;
  readonly eventCount: number;
  readonly cycles: readonly CycleRow[];
}

/** A case row locked for recompute, with its previous fold. */
/** First and last instant (epoch ms) of a set of events. */
export interface EventRange {
  readonly from: number;
  readonly to: number;
}

export interface LockedCase {
  readonly pk: string;
  /** False for a case whose row this transaction is to insert: its pk is reserved, nothing is stored yet. */
  readonly stored: boolean;
  readonly agencyId: number;
  readonly caseId: string;
  readonly snapshot: CaseSnapshot;
  readonly slaDefinitionId: number | null;
  readonly openedAt: number | null;
  readonly open: boolean;
  readonly cycles: readonly StoredCycle[];
  /**
   * Where all of the case's events lie (those folded before and those of the batches being applied),
   * and so its cycles (a cycle starts at an event): the months of partitions to read. Null: anywhere.
   */
  readonly eventRange: EventRange | null;
  /**
   * Every event this fold is to see, when the caller already read them: a case with no row yet, from
   * the batches being applied (committed events of batches not being applied wait for theirs).
   * Null: read from `feed_event`.
   */
  readonly knownEvents: readonly StoredEvent[] | null;
}

export const DECIDED_STATUSES: readonly CycleStatus[] = ['met', 'breached', 'breached_open'];
