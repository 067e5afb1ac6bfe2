import { CaseEvent, evaluateCase, progressInstants } from '@ws/sla-engine';
import { CaseDefinition, CaseSurvey, CycleRow, FoldedCase, StoredEvent } from './case-types';

export interface FoldInput {
  readonly agencyId: number;
  readonly events: readonly StoredEvent[];
  /** Definitions of the case's service, any order. */
  readonly definitions: readonly CaseDefinition[];
  /** The version chosen by an earlier fold and that fold's opening instant: kept while the opening stays. */
  readonly kept: { readonly definitionId: number | null; readonly openedAt: number | null };
  readonly agencyIdByCode: ReadonlyMap<string, number>;
  readonly nowMs: number;
}

const byClockOrder = (a: StoredEvent, b: StoredEvent): number =>
  a.occurredAt - b.occurredAt || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A case's state as a pure function of its events, its definition and `nowMs` (sla-clock.md §5).
 * Events after `nowMs` are not known yet; the earliest of them is a transition to wake up for.
 */
export function foldCase(input: FoldInput): FoldedCase {
  const known = input.events.filter((event) => event.occurredAt <= input.nowMs).sort(byClockOrder);
  const opening = known.find((event) => event.type === 'case.opened');
  const first = opening ?? known[0] ?? [...input.events].sort(byClockOrder)[0];
  const requesting = text(opening?.payload['requestingAgency'] ?? first?.payload['requestingAgency']);
  const snapshot = {
    agencyId: input.agencyId,
    serviceId: first?.serviceId ?? null,
    requestingAgencyId: input.agencyIdByCode.get(requesting) ?? 0,
    channel: text(opening?.payload['channel']),
    survey: latestSurvey(known),
  };
  const keptId = opening && opening.occurredAt === input.kept.openedAt ? input.kept.definitionId : null;
  const ofService = input.definitions.filter((candidate) => candidate.serviceId === opening?.serviceId);
  const definition = opening ? pickDefinition(ofService, opening.occurredAt, keptId) : undefined;
  const cycles = opening && definition ? evaluate(known, definition, input.nowMs) : [];
  const last = cycles[cycles.length - 1];
  const open = last !== undefined && (last.status === 'running' || last.status === 'paused' || last.status === 'breached_open');
  const future = input.events.filter((event) => event.occurredAt > input.nowMs).map((event) => event.occurredAt);
  const thresholds = last ? [last.atRisk50At, last.atRisk75At, last.dueAt].filter((at): at is number => at !== null && at > input.nowMs) : [];
  const next = [...future, ...thresholds];
  return {
    snapshot,
    slaDefinitionId: definition?.id ?? null,
    openedAt: opening?.occurredAt ?? null,
    open,
    nextTransitionAt: next.length > 0 ? Math.min(...next) : null,
    eventCount: input.events.length,
    cycles,
  };
}

/**
 * The version in force at the opening instant (latest `effective_from` not after it). A case opened
 * before the service's first version uses that first version (history loaded after the fact).
 */
export function pickDefinition(
  definitions: readonly CaseDefinition[],
  openedAt: number,
  keptId: number | null,
): CaseDefinition | undefined {
  const kept = definitions.find((definition) => definition.id === keptId);
  if (kept) return kept;
  const sorted = [...definitions].sort((a, b) => a.effectiveFrom - b.effectiveFrom || a.id - b.id);
  const inForce = sorted.filter((definition) => definition.effectiveFrom <= openedAt);
  return inForce[inForce.length - 1] ?? sorted[0];
}

function evaluate(events: readonly StoredEvent[], definition: CaseDefinition, nowMs: number): CycleRow[] {
  const input = {
    events: events.map((event): CaseEvent => ({ eventId: event.eventId, type: event.type, occurredAt: event.occurredAt })),
    target: definition.target,
    atRiskRatio: definition.atRiskRatio,
    calendar: definition.calendar,
    asOf: nowMs,
  };
  const { cycles } = evaluateCase(input);
  const [at50, at75] = progressInstants(input, [0.5, 0.75]).map((reach) => reach.at);
  return cycles.map((cycle, index) => {
    const current = index === cycles.length - 1 && cycle.dueAt !== null;
    return {
      cycle: cycle.cycle,
      status: cycle.status,
      startedAt: cycle.startedAt,
      stoppedAt: cycle.stoppedAt,
      cancelledAt: cycle.cancelledAt,
      elapsedSeconds: cycle.elapsedSeconds,
      progress: cycle.progress,
      dueAt: cycle.dueAt,
      atRisk50At: current ? (at50 ?? null) : null,
      atRisk75At: current ? (at75 ?? null) : null,
      breachedAt: cycle.breachedAt,
      decidedAt: cycle.decidedAt,
      atRisk: cycle.atRisk,
    };
  });
}

/** The latest `survey.submitted` (ties: the greater eventId), as sla-clock.md §4 and the engine rule 12. */
function latestSurvey(events: readonly StoredEvent[]): CaseSurvey | null {
  const surveys = events.filter((event) => event.type === 'survey.submitted');
  const latest = surveys[surveys.length - 1];
  if (!latest) return null;
  const survey = latest.payload['survey'];
  if (typeof survey !== 'object' || survey === null) return null;
  const { scale, score } = survey as Record<string, unknown>;
  if (typeof scale !== 'string' || typeof score !== 'number') return null;
  return { at: latest.occurredAt, scale, score, channel: text(latest.payload['channel']) };
}
