import { Injectable, NotFoundException } from '@nestjs/common';
import { CaseTimelineCycle, CaseTimelineEvent, CaseTimelinePause, CaseTimelineResponse, ReviewCycleStatus } from '@ws/contracts';
import { AuthenticatedUser } from '@ws/server-access';
import { evaluateCase } from '@ws/sla-engine';
import { DataSource } from 'typeorm';
import { acknowledgementOf, isoOrNull } from '../scope/acknowledgement-row';
import { caseAgency } from '../scope/agency-scope';
import { CaseDefinition, loadCaseDefinition } from './case-definition';
import { ignoredReasons, pausesByCycle } from './case-pauses';
import { caseCycles, caseEvents, caseNotifications, CycleRow, EventRow, findCase } from './case-timeline.queries';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function eventView(row: EventRow, ignored: Map<string, string>): CaseTimelineEvent {
  const survey = row.payload['survey'] as { score: number; scale: string } | undefined;
  return {
    eventId: row.event_id,
    type: row.type,
    occurredAt: row.occurred_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    batchId: row.batch_id,
    channel: text(row.payload['channel']),
    reason: text(row.payload['reason']),
    requestingAgency: text(row.payload['requestingAgency']),
    survey: survey ? { score: survey.score, scale: survey.scale } : null,
    ignoredReason: ignored.get(row.event_id) ?? null,
  };
}

function cycleView(row: CycleRow, pauses: CaseTimelinePause[]): CaseTimelineCycle {
  return {
    cycle: row.cycle,
    status: row.status as ReviewCycleStatus,
    startedAt: row.started_at.toISOString(),
    stoppedAt: isoOrNull(row.stopped_at),
    cancelledAt: isoOrNull(row.cancelled_at),
    elapsedSeconds: row.elapsed_seconds,
    progress: row.progress,
    dueAt: isoOrNull(row.due_at),
    breachedAt: isoOrNull(row.breached_at),
    decidedAt: isoOrNull(row.decided_at),
    atRisk: row.at_risk,
    computedAt: row.computed_at.toISOString(),
    pauses,
    acknowledgement: acknowledgementOf(row),
  };
}

/** The engine's reading of the stored events at the instant the worker last folded the case. */
function evaluate(events: EventRow[], definition: CaseDefinition | null, asOf: Date | null) {
  if (!definition || !asOf) return null;
  const clockEvents = events.map((row) => ({ eventId: row.event_id, type: row.type, occurredAt: row.occurred_at.getTime(), reason: text(row.payload['reason']) }));
  const evaluation = evaluateCase({ events: clockEvents, target: definition.target, atRiskRatio: definition.atRiskRatio, calendar: definition.calendar, asOf: asOf.getTime() });
  return { pauses: pausesByCycle(clockEvents, evaluation), ignored: ignoredReasons(evaluation) };
}

/** One case's dimensions, events, cycles (as the worker stored them) and notifications. */
@Injectable()
export class CaseTimelineService {
  constructor(private readonly dataSource: DataSource) {}

  async timeline(user: AuthenticatedUser, agencyCode: string, caseId: string): Promise<CaseTimelineResponse> {
    const notFound = () => new NotFoundException('No such case.');
    const manager = this.dataSource.manager;
    const agency = await caseAgency(manager, user, agencyCode, notFound);
    const [stored, events] = await Promise.all([findCase(manager, agency.id, caseId), caseEvents(manager, agency.id, caseId)]);
    if (!stored && events.length === 0) throw notFound();
    const definition = stored?.sla_definition_id ? await loadCaseDefinition(manager, stored.sla_definition_id) : null;
    const clock = evaluate(events, definition, stored?.computed_at ?? null);
    const [cycles, notifications] = stored ? await Promise.all([caseCycles(manager, stored.id), caseNotifications(manager, stored.id)]) : [[], []];
    return {
      agency: { code: agency.code, nameAr: agency.nameAr, nameEn: agency.nameEn },
      caseId,
      service: stored?.service_code ? { code: stored.service_code, nameAr: stored.service_name_ar ?? '', nameEn: stored.service_name_en ?? '' } : null,
      requestingAgency: stored?.requesting_agency ?? null,
      channel: stored?.channel || null,
      openedAt: isoOrNull(stored?.opened_at ?? null),
      open: stored?.open ?? false,
      sla: definition?.view ?? null,
      survey:
        stored?.survey_score != null && stored.survey_scale && stored.survey_at
          ? { score: stored.survey_score, scale: stored.survey_scale, at: stored.survey_at.toISOString() }
          : null,
      computedAt: isoOrNull(stored?.computed_at ?? null),
      events: events.map((row) => eventView(row, clock?.ignored ?? new Map())),
      cycles: cycles.map((row) => cycleView(row, clock?.pauses.get(row.cycle) ?? [])),
      notifications: notifications.map((row) => ({
        id: row.id,
        kind: row.kind,
        cycle: row.cycle,
        at: row.at.toISOString(),
        createdAt: row.created_at.toISOString(),
        webhookStatus: row.webhook_status,
      })),
    };
  }
}
